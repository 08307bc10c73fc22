using Reception.Domain.Repeats;
using Reception.Workflow.Appeals;

namespace Reception.Workflow.Appeals.Activities;

/// <summary>R3: looks up the applicant's earlier appeals (by keyed hash of the IIN, or of the identity document without one) for the same question; a step of <see cref="OpenAppeal"/>.</summary>
public sealed class CheckRepeat(IAppealStore appeals, IApplicantIndex applicants)
{
    public async Task<RepeatCheck?> ExecuteAsync(string appealId, CancellationToken cancellationToken)
    {
        AppealRecord appeal = await appeals.FindAsync(appealId, cancellationToken)
            ?? throw new InvalidOperationException($"Appeal {appealId} is not stored.");
        IReadOnlyList<string> keys = applicants.KeysOf(appeal.Submission.Applicant.IdentityKey);
        string key = keys[0];
        var earlier = new List<EarlierAppeal>();
        foreach (string keyOfAVersion in keys)
        {
            // The same applicant under an earlier key version: one applicant for R3.
            earlier.AddRange((await applicants.FindAsync(keyOfAVersion, cancellationToken)).Select(e => e with { ApplicantKey = key }));
        }

        RepeatFinding? finding = RepeatRequests.Find(key, appeal.Submission.Subject, earlier.Where(e => e.AppealId != appealId));
        return finding is null ? null : new RepeatCheck(finding.Reason, finding.Earlier.RegistrationNumber ?? finding.Earlier.AppealId);
    }
}
