using Azure.Data.Tables;
using Reception.Domain.Schedule;
using Reception.Storage.Tables;
using Reception.Workflow.Schedule;

namespace Reception.Storage.Tests.Tables;

public class TableScheduleStoreTests
{
    private readonly TableScheduleStore schedule = new(new ReceptionTables(
        new TableServiceClient(Environment.GetEnvironmentVariable("RECEPTION_TEST_STORAGE") is { Length: > 0 } cs ? cs : "UseDevelopmentStorage=true"),
        "s" + Guid.NewGuid().ToString("N")[..10]));

    private static ScheduledDay Day(string? connection = null) =>
        new("deputy1", new OfficialName("Орынбасар", "Заместитель"), new DateOnly(2026, 12, 21), new TimeOnly(10, 0), new TimeOnly(12, 0), 20, ReceptionMode.Video)
        {
            Connection = connection,
        };

    [Fact]
    public async Task R14_TheOfficePostingADayAgain_KeepsItsBookingsAndItsAbsence()
    {
        await schedule.SaveDayAsync(Day(), CancellationToken.None);
        ScheduledDay stored = (await schedule.FindDayAsync("deputy1", new DateOnly(2026, 12, 21), CancellationToken.None))!;
        var booking = new DayBooking("a1", false, DateTimeOffset.UnixEpoch, true, new TimeOnly(10, 0), ReceptionMode.Video);
        Assert.True(await schedule.TryReplaceBookingsAsync(stored, [booking], CancellationToken.None));
        stored = (await schedule.FindDayAsync("deputy1", new DateOnly(2026, 12, 21), CancellationToken.None))!;
        Assert.True(await schedule.TryMarkAbsentAsync(stored, "командировка", CancellationToken.None));

        // The office adds the video connection to the day (the form carries no bookings and no absence).
        await schedule.SaveDayAsync(Day("https://vks.example/j/1"), CancellationToken.None);

        ScheduledDay after = (await schedule.FindDayAsync("deputy1", new DateOnly(2026, 12, 21), CancellationToken.None))!;
        Assert.Equal("https://vks.example/j/1", after.Connection);
        Assert.Equal(["a1"], after.Bookings.Select(b => b.AppealId));
        Assert.Equal("командировка", after.AbsenceReason);
    }
}
