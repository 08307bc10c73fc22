using Microsoft.DurableTask;

namespace Reception.Workflow.Deadlines;

/// <summary>
/// What a wait races against its event: a durable timer at the planned instant, or, when the plan
/// booked a wake row (the deadline is far off), the sweep's wake signal, after which the wait
/// plans again. Whether a plan booked a row is in the recorded plan, so a replay decides the same.
/// </summary>
internal static class DeadlineTimer
{
    /// <summary>Wakes of one wait before it falls back to a durable timer: each wake is one plan more, and stale ones are few.</summary>
    public const int MaxWakes = 100;

    public static bool SleepsOnWake(PlannedTimer timer, int wakesSoFar) => timer.WakeAtUtc is not null && wakesSoFar < MaxWakes;

    /// <param name="onWake">What <see cref="SleepsOnWake"/> said for this plan.</param>
    public static Task Start(TaskOrchestrationContext context, PlannedTimer timer, bool onWake, CancellationToken cancellation) =>
        onWake
            ? context.WaitForExternalEvent<DeadlineWakeSignal>(DeadlineWakeSignal.Name, cancellation)
            : context.CreateTimer(timer.FireAtUtc, cancellation);
}
