namespace Reception.LocalHost.Intake;

/// <summary>
/// How busy the intake is: appeals taken in the current and the previous second. The starter reads
/// it to put intake first (<see cref="StartHold"/>): on one storage emulator, every workflow started
/// during a burst competes with the next appeal's two storage calls.
/// </summary>
public sealed class IntakeLoad(TimeProvider clock)
{
    private readonly Lock gate = new();
    private long second;
    private int inSecond;
    private int inPreviousSecond;

    /// <summary>An appeal (or an attempt at one) arrived at an intake route.</summary>
    public void Took()
    {
        lock (gate)
        {
            Roll();
            inSecond++;
        }
    }

    /// <summary>The larger of the current and the previous second's count: a burst shows at once and lasts a second after it ends.</summary>
    public int PerSecond()
    {
        lock (gate)
        {
            Roll();
            return Math.Max(inSecond, inPreviousSecond);
        }
    }

    private void Roll()
    {
        long now = clock.GetUtcNow().ToUnixTimeMilliseconds() / 1000;
        if (now == second)
        {
            return;
        }

        inPreviousSecond = now == second + 1 ? inSecond : 0;
        inSecond = 0;
        second = now;
    }
}
