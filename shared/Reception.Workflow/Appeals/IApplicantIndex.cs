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

    /// <summary>Removes the appeal's entry (its personal data is being erased): read the appeal before erasing, the key comes from its applicant.</summary>
    Task RemoveAsync(AppealRecord appeal, CancellationToken cancellationToken);

    /// <summary>The keyed hash of an IIN that identifies the applicant in the index (current key).</summary>
    string KeyOf(string iin);

    /// <summary>The applicant's keys under every key version still configured, the current first: after a rotation their earlier appeals are filed under the older keys.</summary>
    IReadOnlyList<string> KeysOf(string iin) => [KeyOf(iin)];
}
