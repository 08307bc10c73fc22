namespace Reception.LocalHost.Intake;

/// <summary>
/// Intake first, for the engine's work already under way: while the intake is busy
/// (<see cref="LocalHostOptions.IntakeBusyPerSecond"/>), one of the engine's dispatchers takes one
/// work item (an orchestration episode, or an activity) per <see cref="LocalHostOptions.BusyDispatchInterval"/>
/// instead of all it can. <see cref="StartHold"/> keeps new workflows from starting during a burst;
/// this keeps the ones already running (an earlier burst's registrations, staff actions) from
/// taking the storage emulator's time from the appeals arriving: each episode is a history read
/// and several writes, against the two storage calls of an intake. Work goes on at that slow pace
/// (nothing stops) and at full speed again a second after the burst.
/// </summary>
/// <remarks>One instance per dispatcher: each paces its own work items.</remarks>
public sealed class DispatchPace(IntakeLoad intake, LocalHostOptions options, TimeProvider clock)
{
    private readonly Lock gate = new();
    private DateTimeOffset lastTaken = DateTimeOffset.MinValue;

    /// <returns>Null to take a work item now; otherwise how long to wait before asking again.</returns>
    public TimeSpan? BeforeNextWorkItem()
    {
        lock (gate)
        {
            DateTimeOffset now = clock.GetUtcNow();
            if (options.IntakeBusyPerSecond < 1 || intake.PerSecond() < options.IntakeBusyPerSecond)
            {
                lastTaken = now;
                return null;
            }

            TimeSpan since = now - lastTaken;
            if (since >= options.BusyDispatchInterval)
            {
                lastTaken = now;
                return null;
            }

            TimeSpan left = options.BusyDispatchInterval - since;
            return left < StartHold.Recheck ? left : StartHold.Recheck;
        }
    }
}
