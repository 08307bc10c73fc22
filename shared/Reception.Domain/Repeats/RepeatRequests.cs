namespace Reception.Domain.Repeats;

/// <summary>
/// R3 (§14): a person already received, or already answered, on the same question is not
/// recorded for reception; the refusal names the earlier appeal.
/// </summary>
public static class RepeatRequests
{
    /// <summary>
    /// The earlier appeal that makes this request a repeat, or null. "Same question" means the
    /// same applicant and a subject equal after normalisation or at least
    /// <see cref="SubjectSimilarity.Threshold"/> similar; the most similar earlier appeal wins.
    /// </summary>
    public static RepeatFinding? Find(string applicantKey, string subject, IEnumerable<EarlierAppeal> earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        string normalized = SubjectText.Normalize(subject);
        if (normalized.Length == 0)
        {
            return null; // no substance is R2's business, not a repeat
        }

        return earlier
            .Where(e => e.ApplicantKey == applicantKey && e.Outcome is EarlierOutcome.Received or EarlierOutcome.Answered)
            .Select(e => new RepeatFinding(e, SubjectText.Normalize(e.Subject) == normalized ? 1.0 : SubjectSimilarity.Of(subject, e.Subject)))
            .Where(f => f.Similarity >= SubjectSimilarity.Threshold)
            .OrderByDescending(f => f.Similarity)
            .ThenBy(f => f.Earlier.AppealId, StringComparer.Ordinal)
            .FirstOrDefault();
    }
}
