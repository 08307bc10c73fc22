namespace Reception.Domain;

/// <summary>The camelCase wire names of enum values (docs/api.md: "Enum values are camelCase strings").</summary>
public static class CamelCaseNames
{
    /// <summary>The wire name of a value: <c>LeftWithoutConsideration</c> → <c>leftWithoutConsideration</c>.</summary>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        string name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>Parses an exact camelCase wire name; no numbers, no other casing.</summary>
    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (TEnum candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Of(candidate), text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>All wire names, for error messages: "one of a, b, c".</summary>
    public static string List<TEnum>()
        where TEnum : struct, Enum =>
        string.Join(", ", Enum.GetValues<TEnum>().Select(v => Of(v)));
}
