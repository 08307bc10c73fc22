using Reception.Domain.Time;

namespace Reception.Domain.Tests.Time;

public class AlmatyTimeTests
{
    [Fact]
    public void DateOf_AfterMarch2024_UsesPlusFive()
    {
        // 19:30 UTC is 00:30 the next day at +05.
        Assert.Equal(new DateOnly(2026, 3, 21), AlmatyTime.DateOf(new DateTimeOffset(2026, 3, 20, 19, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void DateOf_BeforeMarch2024_UsesPlusSix()
    {
        // 18:30 UTC on 1 Feb 2024 was 00:30 on 2 Feb at +06 (it would still be 1 Feb at +05).
        Assert.Equal(new DateOnly(2024, 2, 2), AlmatyTime.DateOf(new DateTimeOffset(2024, 2, 1, 18, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void EndOfDay_IsTheLastInstantOfTheLocalDay()
    {
        DateTimeOffset end = AlmatyTime.EndOfDay(new DateOnly(2026, 3, 30));

        Assert.Equal(new DateOnly(2026, 3, 30), AlmatyTime.DateOf(end));
        Assert.Equal(new DateOnly(2026, 3, 31), AlmatyTime.DateOf(end.AddTicks(1)));
        Assert.Equal(TimeSpan.FromHours(5), AlmatyTime.ToLocalOffset(end).Offset);
    }
}
