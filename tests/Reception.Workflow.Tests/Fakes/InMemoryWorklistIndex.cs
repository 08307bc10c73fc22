using System.Globalization;
using Reception.Workflow.Appeals;
using Reception.Workflow.Worklists;

namespace Reception.Workflow.Tests.Fakes;

/// <summary>The worklist index's contract in memory: the newest state of each appeal wins; pages in due order.</summary>
internal sealed class InMemoryWorklistIndex : IWorklistIndex
{
    private readonly Dictionary<string, (int Version, IReadOnlyList<WorklistEntry> Entries)> byAppeal = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WorklistEntry> surveys = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public Task SyncAsync(AppealRecord appeal, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (!byAppeal.TryGetValue(appeal.AppealId, out var indexed) || indexed.Version <= appeal.History.Count)
            {
                byAppeal[appeal.AppealId] = (appeal.History.Count, WorklistEntries.Of(appeal));
            }
        }

        return Task.CompletedTask;
    }

    public Task ListSurveyAsync(WorklistEntry entry, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            surveys[entry.AppealId] = entry;
        }

        return Task.CompletedTask;
    }

    public Task UnlistSurveyAsync(string appealId, DateOnly queuedOn, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            surveys.Remove(appealId);
        }

        return Task.CompletedTask;
    }

    public Task ForgetHeadsAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<WorklistPage> PageAsync(WorklistQuery query, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            List<(string Key, WorklistEntry Entry)> all = [.. byAppeal.Values.SelectMany(v => v.Entries).Concat(surveys.Values)
                .Where(e => e.Awaiting == query.Awaiting && (query.OfficialId is null || e.OfficialId == query.OfficialId))
                .Where(e => query.DueBefore is null || e.Due < query.DueBefore)
                .Select(e => (Key: KeyOf(e), Entry: e))
                .Where(e => query.After is null || string.CompareOrdinal(e.Key, query.After) > 0)
                .OrderBy(e => e.Key, StringComparer.Ordinal)];
            List<(string Key, WorklistEntry Entry)> page = [.. all.Take(query.Limit)];
            return Task.FromResult(new WorklistPage([.. page.Select(p => p.Entry)], all.Count > query.Limit ? page[^1].Key : null));
        }
    }

    /// <summary>Every entry now indexed for the appeal (tests look at one appeal).</summary>
    public IReadOnlyList<WorklistEntry> EntriesOf(string appealId)
    {
        lock (gate)
        {
            IEnumerable<WorklistEntry> entries = byAppeal.TryGetValue(appealId, out var indexed) ? indexed.Entries : [];
            return [.. entries.Concat(surveys.Values.Where(s => s.AppealId == appealId))];
        }
    }

    private static string KeyOf(WorklistEntry e) =>
        $"{e.Due.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-{e.AppealId}-{(e.Instruction ?? 0).ToString("D2", CultureInfo.InvariantCulture)}";
}
