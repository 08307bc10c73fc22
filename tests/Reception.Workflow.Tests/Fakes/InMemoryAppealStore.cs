using System.Collections.Concurrent;
using Reception.Workflow.Appeals;

namespace Reception.Workflow.Tests.Fakes;

/// <summary>The appeal store's contract in memory: atomic step + status, idempotent by step key.</summary>
internal sealed class InMemoryAppealStore : IAppealStore
{
    private readonly ConcurrentDictionary<string, (AppealRecord Appeal, HashSet<string> Steps)> appeals = new();
    private readonly Lock gate = new();

    public Task<AppealRecord?> CreateIfAbsentAsync(AppealRecord appeal, CancellationToken cancellationToken) =>
        Task.FromResult(appeals.TryAdd(appeal.AppealId, (appeal, ["0000-received"])) ? null : appeals[appeal.AppealId].Appeal);

    public Task<bool> ExistsAsync(string appealId, CancellationToken cancellationToken) => Task.FromResult(appeals.ContainsKey(appealId));

    public Task<AppealRecord?> FindAsync(string appealId, CancellationToken cancellationToken) =>
        Task.FromResult(appeals.TryGetValue(appealId, out var entry) ? entry.Appeal : null);

    public async IAsyncEnumerable<AppealRecord> AllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        foreach ((AppealRecord appeal, _) in appeals.Values)
        {
            yield return appeal;
        }
    }

    public async IAsyncEnumerable<string> HoldingPersonalDataClosedBeforeAsync(
        DateTimeOffset closedBefore, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        foreach ((AppealRecord appeal, _) in appeals.Values)
        {
            if (appeal.ClosedAt < closedBefore && appeal.PersonalDataErasedAt is null)
            {
                yield return appeal.AppealId;
            }
        }
    }

    public Task<AppealRecord> ApplyStepAsync(
        string appealId, string stepKey, Func<AppealRecord, AppealRecord> change, HistoryStep step, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            (AppealRecord appeal, HashSet<string> steps) = appeals[appealId];
            if (!steps.Add(stepKey))
            {
                return Task.FromResult(appeal);
            }

            AppealRecord changed = AppealClosing.Stamp(appeal, change(appeal), step) with { History = [.. appeal.History, step] };
            appeals[appealId] = (changed, steps);
            return Task.FromResult(changed);
        }
    }
}
