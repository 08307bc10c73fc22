using System.Collections.Concurrent;
using Reception.Workflow.Deadlines;

namespace Reception.Workflow.Tests.Fakes;

internal sealed class InMemoryDeadlineWakes : IDeadlineWakes
{
    private readonly ConcurrentDictionary<(string, DateTime), int> rows = new();
    private int version;

    public int Booked { get; private set; }

    public Task BookAsync(string instanceId, DateTime wakeAtUtc, CancellationToken cancellationToken)
    {
        rows[(instanceId, wakeAtUtc)] = Interlocked.Increment(ref version);
        Booked++;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<DeadlineWake>> DueAsync(DateTime nowUtc, int max, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DeadlineWake>>([.. rows
            .Where(r => r.Key.Item2 <= nowUtc)
            .OrderBy(r => r.Key.Item2)
            .Take(max)
            .Select(r => new DeadlineWake(r.Key.Item1, r.Key.Item2, r.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)))]);

    public Task RemoveAsync(DeadlineWake wake, CancellationToken cancellationToken)
    {
        ((ICollection<KeyValuePair<(string, DateTime), int>>)rows).Remove(
            new KeyValuePair<(string, DateTime), int>((wake.InstanceId, wake.WakeAtUtc), int.Parse(wake.Version, System.Globalization.CultureInfo.InvariantCulture)));
        return Task.CompletedTask;
    }

    public int Count => rows.Count;
}
