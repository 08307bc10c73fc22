namespace Reception.Domain.Validation;

/// <summary>
/// An official's id (e.g. <c>akim</c>, <c>deputy1</c>) is a table key, a route segment, an app role
/// suffix (<c>official.akim</c>) and a line of the published iCalendar: so a short lowercase
/// <c>[a-z0-9-]</c> form, 1–40 characters, and nothing else reaches storage.
/// </summary>
public static class OfficialIds
{
    public const int MaxLength = 40;

    public const string Rule = "1–40 characters of a–z, 0–9 and '-', e.g. akim or deputy1.";

    public static bool IsWellFormed(string? officialId) =>
        officialId is { Length: > 0 and <= MaxLength } && officialId.All(c => char.IsAsciiDigit(c) || c is (>= 'a' and <= 'z') or '-');
}
