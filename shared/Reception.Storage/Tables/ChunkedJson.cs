using System.Globalization;
using Azure.Data.Tables;

namespace Reception.Storage.Tables;

/// <summary>
/// A JSON document in one entity, cut into string properties <c>{name}0</c>, <c>{name}1</c>...
/// with the count in <c>{name}Parts</c>: a string property holds at most 64 KiB (32K UTF-16
/// characters) while the whole entity may hold 1 MiB.
/// </summary>
internal static class ChunkedJson
{
    private const int PartLength = 30_000;     // 60 KB as UTF-16
    private const int MaxParts = 15;           // 900 KB: what one document may take of the 1 MiB entity

    public static void Write(TableEntity entity, string name, string json)
    {
        int parts = (json.Length + PartLength - 1) / PartLength;
        if (parts > MaxParts)
        {
            throw new InvalidOperationException($"{name} of {entity.PartitionKey} is {json.Length} characters: more than one table entity holds.");
        }

        entity[name + "Parts"] = parts;
        for (int i = 0; i < parts; i++)
        {
            int start = i * PartLength;
            entity[PartName(name, i)] = json.Substring(start, Math.Min(PartLength, json.Length - start));
        }
    }

    /// <returns>The document, or null when the entity has none by that name.</returns>
    public static string? Read(TableEntity entity, string name)
    {
        int? parts = entity.GetInt32(name + "Parts");
        return parts is null ? null : string.Concat(Enumerable.Range(0, parts.Value).Select(i => entity.GetString(PartName(name, i))));
    }

    private static string PartName(string name, int i) => name + i.ToString(CultureInfo.InvariantCulture);
}
