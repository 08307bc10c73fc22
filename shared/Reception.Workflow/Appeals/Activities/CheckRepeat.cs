using Reception.Domain.Repeats;
using Reception.Workflow.Appeals;

namespace Reception.Workflow.Appeals.Activities;

/// <summary>R3: looks up the applicant's earlier appeals (by keyed IIN hash) for the same question; a step of <see cref="OpenAppeal"/>.</summary>
public sealed class CheckRepeat(IAppealStore appeals, IApplicantIndex applicants)
{
    public async Task<RepeatCheck?> ExecuteAsync(string appealId, CancellationToken cancellationToken)
    {
        AppealRecord appeal = await appeals.FindAsync(appealId, cancellationToken)
            ?? throw new InvalidOperationException($"Appeal {appealId} is not stored.");
        string key = applicants.KeyOf(appeal.Submission.Applicant.Iin);
        IReadOnlyList<EarlierAppeal> earlier = await applicants.FindAsync(key, cancellationToken);
        RepeatFinding? finding = RepeatRequests.Find(key, appeal.Submission.Subject, earlier.Where(e => e.AppealId != appealId));
        return finding is null ? null : new RepeatCheck(finding.Reason, finding.Earlier.RegistrationNumber ?? finding.Earlier.AppealId);
    }
}
