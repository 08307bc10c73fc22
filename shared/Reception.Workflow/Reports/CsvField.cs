namespace Reception.Workflow.Reports;

/// <summary>
/// One CSV field as a spreadsheet must read it: quoted when it holds a comma, quote or line break
/// (RFC 4180), so an official's id cannot break the row, and a text that starts like a formula
/// (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab, carriage return) prefixed with an apostrophe, so
/// the akim's office opens it as plain text (OWASP "CSV injection").
/// </summary>
public static class CsvField
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static string Text(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        string safe = value.Length > 0 && FormulaStarts.Contains(value[0]) ? "'" + value : value;
        return safe.AsSpan().IndexOfAny(",\"\r\n") < 0 ? safe : "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
