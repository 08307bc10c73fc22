namespace Reception.Domain.Queue;

/// <summary>
/// The order of the queue (R7, §28): out-of-turn categories first, then by registration instant,
/// then by appeal id so that equal instants still give one deterministic order.
/// </summary>
public sealed class QueueOrder : IComparer<QueueEntry>
{
    public static QueueOrder Instance { get; } = new();

    public int Compare(QueueEntry? x, QueueEntry? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        int byCategory = y.OutOfTurn.CompareTo(x.OutOfTurn); // true before false
        if (byCategory != 0)
        {
            return byCategory;
        }

        int byTime = x.RegisteredAt.UtcTicks.CompareTo(y.RegisteredAt.UtcTicks);
        return byTime != 0 ? byTime : string.CompareOrdinal(x.AppealId, y.AppealId);
    }

    /// <summary>The entries in queue order (a stable sort, though the order is total anyway).</summary>
    public static IReadOnlyList<QueueEntry> Sort(IEnumerable<QueueEntry> entries) => entries.Order(Instance).ToList();
}
