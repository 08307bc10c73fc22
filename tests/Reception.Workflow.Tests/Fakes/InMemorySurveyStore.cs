using System.Collections.Concurrent;
using Reception.Workflow.Appeals;

namespace Reception.Workflow.Tests.Fakes;

internal sealed class InMemorySurveyStore : ISurveyStore
{
    private readonly ConcurrentDictionary<string, SurveyEntry> entries = new();

    public Task QueueAsync(string appealId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        entries.TryAdd(appealId, new SurveyEntry(appealId, at, null, null));
        return Task.CompletedTask;
    }

    public Task<bool> RecordAsync(string appealId, int score, string? comment, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (!entries.TryGetValue(appealId, out SurveyEntry? entry) || entry.Score is not null)
        {
            return Task.FromResult(false);
        }

        entries[appealId] = entry with { Score = score, Comment = comment };
        return Task.FromResult(true);
    }

    public Task<DateTimeOffset?> WithdrawAsync(string appealId, CancellationToken cancellationToken) =>
        Task.FromResult(entries.TryGetValue(appealId, out SurveyEntry? entry) && entry.Score is null && entries.TryRemove(appealId, out _) ? entry.QueuedAt : (DateTimeOffset?)null);

    public Task<SurveyEntry?> FindResultAsync(string appealId, CancellationToken cancellationToken) =>
        Task.FromResult(entries.TryGetValue(appealId, out SurveyEntry? entry) && entry.Score is not null ? entry : null);

    public Task<IReadOnlyList<SurveyEntry>> PendingAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SurveyEntry>>([.. entries.Values.Where(e => e.Score is null).OrderBy(e => e.QueuedAt)]);
}
