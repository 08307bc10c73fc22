namespace Reception.Domain.Repeats;

/// <summary>
/// How alike two subjects are: the Sørensen–Dice coefficient over the character trigrams of the
/// normalised subjects (<see cref="SubjectText"/>), each padded with two spaces at both ends.
/// 1.0 means the same trigrams; 0 means none in common.
/// </summary>
/// <remarks>
/// <see cref="Threshold"/> 0.85 was chosen on real-looking pairs: a one-letter typo in a
/// five-word subject scores about 0.90 (same question), while another street, another object
/// ("дороги" → "крыши") or an added place name score 0.74–0.82 (a different or a refined
/// question, which deserves its own review).
/// </remarks>
public static class SubjectSimilarity
{
    public const double Threshold = 0.85;

    public static double Of(string? first, string? second)
    {
        Dictionary<string, int> a = Trigrams(SubjectText.Normalize(first));
        Dictionary<string, int> b = Trigrams(SubjectText.Normalize(second));
        int total = a.Values.Sum() + b.Values.Sum();
        if (total == 0)
        {
            return 0;
        }

        int shared = a.Sum(pair => Math.Min(pair.Value, b.GetValueOrDefault(pair.Key)));
        return 2.0 * shared / total;
    }

    private static Dictionary<string, int> Trigrams(string normalized)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (normalized.Length == 0)
        {
            return counts;
        }

        string padded = "  " + normalized + "  ";
        for (int i = 0; i + 3 <= padded.Length; i++)
        {
            string trigram = padded.Substring(i, 3);
            counts[trigram] = counts.GetValueOrDefault(trigram) + 1;
        }

        return counts;
    }
}
