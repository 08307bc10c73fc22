using Reception.Domain.Repeats;

namespace Reception.Workflow.Appeals;

/// <summary>
/// Every appeal of an applicant, keyed by a keyed hash of the IIN (never the IIN itself), so the
/// repeat check (R3) reads one partition instead of scanning appeals.
/// </summary>
public interface IApplicantIndex
{
    /// <summary>Adds or updates the appeal's entry with its outcome so far.</summary>
    Task RecordAsync(AppealRecord appeal, EarlierOutcome outcome, CancellationToken cancellationToken);

    /// <summary>The applicant's other appeals.</summary>
    Task<IReadOnlyList<EarlierAppeal>> FindAsync(string applicantKey, CancellationToken cancellationToken);

    /// <summary>The keyed hash of an IIN that identifies the applicant in the index.</summary>
    string KeyOf(string iin);
}
