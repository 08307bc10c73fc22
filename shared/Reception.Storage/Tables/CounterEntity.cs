using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;

namespace Reception.Storage.Tables;

/// <summary>
/// A set of named counters as one table entity: the counters as JSON, cut into string properties
/// <c>Part0</c>, <c>Part1</c>... because a string property holds at most 64 KiB (32K UTF-16
/// characters) while an entity holds 1 MiB. Counter names are free text (officials' ids, rule
/// numbers), which property names could not carry.
/// </summary>
internal static class CounterEntity
{
    private const int PartLength = 30_000;
    private const int MaxParts = 30; // 30 × 60 KB stays under the 1 MiB entity limit

    public static TableEntity Write(string partitionKey, string rowKey, IReadOnlyDictionary<string, long> counters)
    {
        string json = JsonSerializer.Serialize(counters);
        int parts = (json.Length + PartLength - 1) / PartLength;
        if (parts > MaxParts)
        {
            throw new InvalidOperationException($"{counters.Count} counters in {partitionKey} no longer fit in one entity.");
        }

        var entity = new TableEntity(partitionKey, rowKey) { ["Parts"] = parts };
        for (int i = 0; i < parts; i++)
        {
            int start = i * PartLength;
            entity[PartName(i)] = json.Substring(start, Math.Min(PartLength, json.Length - start));
        }

        return entity;
    }

    public static Dictionary<string, long> Read(TableEntity entity)
    {
        int parts = entity.GetInt32("Parts") ?? 0;
        string json = string.Concat(Enumerable.Range(0, parts).Select(i => entity.GetString(PartName(i))));
        Dictionary<string, long>? counters = json.Length == 0 ? null : JsonSerializer.Deserialize<Dictionary<string, long>>(json);
        return new Dictionary<string, long>(counters ?? [], StringComparer.Ordinal);
    }

    private static string PartName(int i) => "Part" + i.ToString(CultureInfo.InvariantCulture);
}
