namespace Reception.LocalHost.Tests;

/// <summary>A clock the test moves by hand (its timers still run in real time).</summary>
internal sealed class SteppingClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
