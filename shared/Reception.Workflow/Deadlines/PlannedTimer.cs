
namespace Reception.Workflow.Deadlines;

/// <summary>
/// A deadline as a local date, and the real instant its durable timer fires (the end of that local day).
/// <paramref name="WakeAtUtc"/> set: the deadline is far off, so the plan booked a wake row instead
/// (<see cref="DeadlineWakeSweep"/>); plans recorded before wakes existed have none.
/// </summary>
public sealed record PlannedTimer(DateOnly Due, DateTime FireAtUtc, DateTime? WakeAtUtc = null);
