using Reception.Workflow.Tests.Fakes;
using Reception.Workflow.Time;

namespace Reception.Workflow.Tests.Time;

public class ReceptionClockTests
{
    private readonly ManualClock real = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void GetUtcNow_DefaultOptions_IsRealTime()
    {
        var clock = new ReceptionClock(real, new ClockOptions());
        real.Advance(TimeSpan.FromHours(3));

        Assert.Equal(real.Now, clock.GetUtcNow());
        Assert.False(clock.IsCompressed);
    }

    [Fact]
    public void GetUtcNow_TenMinuteDayFromDate_StartsThatLocalDayAndRunsFast()
    {
        var clock = new ReceptionClock(real, new ClockOptions { DayLength = TimeSpan.FromMinutes(10), Start = "2026-03-20" });

        Assert.Equal(new DateOnly(2026, 3, 20), clock.Today);
        real.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(new DateTimeOffset(2026, 3, 20, 12, 0, 0, TimeSpan.FromHours(5)), clock.GetUtcNow());
        real.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(new DateOnly(2026, 3, 21), clock.Today);
    }

    [Fact]
    public void ToRealTime_ADeadlineTwoSimulatedDaysAhead_FiresTwoDayLengthsLater()
    {
        var clock = new ReceptionClock(real, new ClockOptions { DayLength = TimeSpan.FromMinutes(10), Start = "2026-03-20" });

        DateTimeOffset deadline = clock.GetUtcNow().AddDays(2);

        Assert.Equal(real.Now.AddMinutes(20), clock.ToRealTime(deadline));
    }

    [Fact]
    public void Constructor_UnreadableStart_SaysWhatItExpects() =>
        Assert.Contains("yyyy-MM-dd", Assert.Throws<FormatException>(() => new ReceptionClock(real, new ClockOptions { Start = "tomorrow" })).Message, StringComparison.Ordinal);
}
