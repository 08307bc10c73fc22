
namespace Reception.Workflow.Deadlines;

/// <param name="MayWake">
/// The caller sleeps on the plan and handles a wake (<see cref="PlannedTimer.WakeAtUtc"/>): only then may
/// a far deadline be booked as a wake row. A plan read for its date alone books nothing.
/// </param>
public sealed record TimerRequest(string AppealId, TimerBasis Basis, DateOnly? Date = null, int WorkingDays = 0, bool MayWake = false);
