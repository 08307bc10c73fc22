namespace Reception.Domain.Appeals;

/// <summary>Whether a request states the substance of its question (R2, §5).</summary>
/// <remarks>
/// Blank text, whitespace, or text with no word of at least two letters (a dash, "...", "?",
/// "1") states nothing, so the request is left without consideration and the applicant is told why.
/// </remarks>
public static class Substance
{
    /// <summary>True when <paramref name="subject"/> contains at least one word of two or more letters.</summary>
    public static bool IsStated(string? subject)
    {
        if (string.IsNullOrWhiteSpace(subject))
        {
            return false;
        }

        int run = 0;
        foreach (char c in subject)
        {
            run = char.IsLetter(c) ? run + 1 : 0;
            if (run >= 2)
            {
                return true;
            }
        }

        return false;
    }
}
