namespace Reception.Domain.Validation;

/// <summary>
/// The bounds every free string and array of a request body keeps (docs/api.md "Bad input"): a
/// length cap, no control characters (and in a single line no CR/LF either: a name or an id ends
/// up in an iCalendar line, a message header or a CSV cell), and a cap on each array's items.
/// </summary>
public static class Fields
{
    /// <summary>Names, units, executors, places: one line.</summary>
    public const int MaxLine = 300;

    /// <summary>Reasons, answers, instructions: a paragraph or a few.</summary>
    public const int MaxText = 4000;

    /// <summary>A single-line value, trimmed; null (with the error) when blank and required, too long or not one line.</summary>
    public static string? Line(ValidationErrors errors, string field, string? value, int max = MaxLine, bool required = true, string? whyRequired = null) =>
        Check(errors, field, value, max, required, whyRequired, multiLine: false);

    /// <summary>A text of one or more lines (CR, LF and tab allowed), trimmed; null (with the error) when blank and required or too long.</summary>
    public static string? Text(ValidationErrors errors, string field, string? value, int max = MaxText, bool required = true, string? whyRequired = null) =>
        Check(errors, field, value, max, required, whyRequired, multiLine: true);

    /// <summary>An official's id (<see cref="OfficialIds"/>); null (with the error) when missing or malformed.</summary>
    public static string? OfficialId(ValidationErrors errors, string field, string? value)
    {
        ArgumentNullException.ThrowIfNull(errors);
        string? id = value?.Trim();
        if (!OfficialIds.IsWellFormed(id))
        {
            errors.Add(field, "Required: the official's id, " + OfficialIds.Rule);
            return null;
        }

        return id;
    }

    /// <summary>False (with the error) when an array has more than <paramref name="max"/> items: none of them is then read.</summary>
    public static bool WithinCount(ValidationErrors errors, string field, int? count, int max)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (count > max)
        {
            errors.Add(field, $"At most {max} items; {count} were sent.");
            return false;
        }

        return true;
    }

    private static string? Check(ValidationErrors errors, string field, string? value, int max, bool required, string? whyRequired, bool multiLine)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(field, whyRequired ?? "Required and must not be blank.");
            }

            return null;
        }

        if (value.Length > max)
        {
            errors.Add(field, $"Longer than {max} characters.");
            return null;
        }

        if (value.Any(c => char.IsControl(c) && !(multiLine && c is '\r' or '\n' or '\t')))
        {
            errors.Add(field, multiLine ? "Contains control characters." : "Must be one line, without control characters.");
            return null;
        }

        return value.Trim();
    }
}
