
namespace Reception.Workflow.Deadlines;

/// <summary>A workflow asleep until <see cref="WakeAtUtc"/>; <see cref="Version"/> guards the removal against a rebooking.</summary>
public sealed record DeadlineWake(string InstanceId, DateTime WakeAtUtc, string Version);

/// <summary>
/// The wake rows of workflows whose deadline is far off (<see cref="DeadlineWakeSweep"/>).
/// One row per instance and wake time; booking the same one twice keeps one row.
/// </summary>
public interface IDeadlineWakes
{
    Task BookAsync(string instanceId, DateTime wakeAtUtc, CancellationToken cancellationToken);

    /// <summary>Rows due at <paramref name="nowUtc"/> or before, earliest first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<DeadlineWake>> DueAsync(DateTime nowUtc, int max, CancellationToken cancellationToken);

    /// <summary>Removes the row unless it was booked again since it was read.</summary>
    Task RemoveAsync(DeadlineWake wake, CancellationToken cancellationToken);
}
