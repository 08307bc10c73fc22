using System.Text.Json;
using Azure.Data.Tables;

namespace Reception.Storage.Tables;

/// <summary>
/// A set of named counters as one table entity, as a JSON document: counter names are free text
/// (officials' ids, rule numbers), which property names could not carry.
/// </summary>
internal static class CounterEntity
{
    private const string Document = "Counters";

    public static TableEntity Write(string partitionKey, string rowKey, IReadOnlyDictionary<string, long> counters)
    {
        var entity = new TableEntity(partitionKey, rowKey);
        ChunkedJson.Write(entity, Document, JsonSerializer.Serialize(counters));
        return entity;
    }

    public static Dictionary<string, long> Read(TableEntity entity)
    {
        string? json = ChunkedJson.Read(entity, Document);
        Dictionary<string, long>? counters = json is null ? null : JsonSerializer.Deserialize<Dictionary<string, long>>(json);
        return new Dictionary<string, long>(counters ?? [], StringComparer.Ordinal);
    }
}
