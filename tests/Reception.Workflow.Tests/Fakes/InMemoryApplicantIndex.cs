using System.Collections.Concurrent;
using Reception.Domain.Repeats;
using Reception.Workflow.Appeals;

namespace Reception.Workflow.Tests.Fakes;

internal sealed class InMemoryApplicantIndex : IApplicantIndex
{
    private readonly ConcurrentDictionary<string, EarlierAppeal> byAppeal = new();

    public string KeyOf(string iin) => "key-" + iin;

    public Task RecordAsync(AppealRecord appeal, EarlierOutcome outcome, CancellationToken cancellationToken)
    {
        var entry = new EarlierAppeal(appeal.AppealId, appeal.RegistrationNumber, KeyOf(appeal.Submission.Applicant.IdentityKey), appeal.Submission.Subject, outcome);
        byAppeal.AddOrUpdate(appeal.AppealId, entry, (_, old) => outcome == EarlierOutcome.Pending ? old : entry);
        return Task.CompletedTask;
    }

    public Task RemoveAsync(AppealRecord appeal, CancellationToken cancellationToken)
    {
        byAppeal.TryRemove(appeal.AppealId, out _);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<EarlierAppeal>> FindAsync(string applicantKey, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<EarlierAppeal>>([.. byAppeal.Values.Where(e => e.ApplicantKey == applicantKey)]);
}
