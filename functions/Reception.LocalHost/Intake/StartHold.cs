namespace Reception.LocalHost.Intake;

/// <summary>
/// Intake first. While the intake takes at least <see cref="LocalHostOptions.IntakeBusyPerSecond"/>
/// appeals a second (a portal or call-centre burst), the starter takes one batch of start requests
/// per <see cref="LocalHostOptions.HeldStartInterval"/> (the first an interval after the burst
/// began) instead of all it can; the rest wait in
/// their queue, stored, and start when the burst is over. Registration has working days (R8);
/// the person at the call centre has seconds. Nothing starves: one batch always goes per interval.
/// </summary>
public sealed class StartHold(IntakeLoad intake, LocalHostOptions options, TimeProvider clock)
{
    /// <summary>How long the starter sleeps before it asks again while it holds.</summary>
    public static readonly TimeSpan Recheck = TimeSpan.FromMilliseconds(250);

    private DateTimeOffset? lastBatchWhileBusy;

    /// <summary>Start-request messages a batch takes: one while the intake is busy (up to 16 appeals, since intake groups its requests), else 16.</summary>
    public int MessagesPerBatch() => IntakeBusy() ? 1 : 16;

    /// <returns>Null to take a batch now; otherwise how long to wait before asking again.</returns>
    public TimeSpan? BeforeNextBatch()
    {
        if (!IntakeBusy())
        {
            lastBatchWhileBusy = null;
            return null;
        }

        DateTimeOffset now = clock.GetUtcNow();
        if (lastBatchWhileBusy is not { } last)
        {
            // The burst begins: its first batch waits an interval too, so a short burst runs alone.
            lastBatchWhileBusy = now;
            return Recheck;
        }

        if (now - last < options.HeldStartInterval)
        {
            return Recheck;
        }

        lastBatchWhileBusy = now;
        return null;
    }

    private bool IntakeBusy() => options.IntakeBusyPerSecond >= 1 && intake.PerSecond() >= options.IntakeBusyPerSecond;
}
