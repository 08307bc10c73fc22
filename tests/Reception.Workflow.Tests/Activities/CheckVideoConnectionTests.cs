using Reception.Domain.Calendar;
using Reception.Domain.Schedule;
using Reception.Workflow.Appeals;
using Reception.Workflow.Appeals.Activities;
using Reception.Workflow.Schedule;
using Reception.Workflow.Tests.Fakes;
using Reception.Workflow.Time;

namespace Reception.Workflow.Tests.Activities;

/// <summary>§12 (R17): when a video reception's connection details are due, and what the check answers at each moment.</summary>
public class CheckVideoConnectionTests
{
    private const string AppealId = "0123456789abcdef0123456789abcdef";
    private const string Link = "https://vks.example/j/7";
    private static readonly DateOnly Monday = new(2026, 9, 14); // the working day before is Friday 11 September
    private readonly ManualClock real = new(Almaty(2026, 9, 10, 12, 0));
    private InMemoryAppealStore appeals = new();
    private readonly InMemoryScheduleStore schedule = new();

    [Fact]
    public async Task R17_BeforeTheSendTime_ItAsksToBeCalledAt9OnTheWorkingDayBefore()
    {
        await GivenABooking(ReceptionMode.Video, connection: Link);

        VideoConnectionCheck check = await Check();

        Assert.Equal(VideoConnectionState.NotYet, check.State);
        Assert.Equal(Almaty(2026, 9, 11, 9, 0).UtcDateTime, check.LookAgainAtUtc);
        Assert.Equal(new DateOnly(2026, 9, 11), check.SendOn);
    }

    [Fact]
    public async Task R17_AtTheSendTime_TheRecordedDetailsAreDue()
    {
        await GivenABooking(ReceptionMode.Video, connection: Link);
        real.Now = Almaty(2026, 9, 11, 9, 30);

        VideoConnectionCheck check = await Check();

        Assert.Equal((VideoConnectionState.Due, Link, "deputy1/2026-09-14/10:00"), (check.State, check.Connection, check.SlotKey));
    }

    [Fact]
    public async Task R17_AtTheSendTime_WithoutDetails_ItIsMissing_AndLooksAgainInAnHour()
    {
        await GivenABooking(ReceptionMode.Video, connection: null);
        real.Now = Almaty(2026, 9, 11, 9, 30);

        VideoConnectionCheck check = await Check();

        Assert.Equal(VideoConnectionState.Missing, check.State);
        Assert.Equal(Almaty(2026, 9, 11, 10, 30).UtcDateTime, check.LookAgainAtUtc);
    }

    [Fact]
    public async Task R17_AnInPersonReception_OrOneWhoseTimeHasCome_NeedsNothing()
    {
        await GivenABooking(ReceptionMode.InPerson, connection: Link);
        Assert.Equal(VideoConnectionState.Nothing, (await Check()).State);

        await GivenABooking(ReceptionMode.Video, connection: Link);
        real.Now = Almaty(2026, 9, 14, 10, 0);
        Assert.Equal(VideoConnectionState.Nothing, (await Check()).State);
    }

    [Fact]
    public async Task R17_ASendTimeAfterTheReceptionOnItsOwnDay_SendsAsTheDayStarts()
    {
        await GivenABooking(ReceptionMode.Video, connection: Link);
        real.Now = Almaty(2026, 9, 14, 0, 30);

        VideoConnectionCheck check = await Check(new VideoConnectionOptions { WorkingDaysBefore = 0, SendAt = new TimeOnly(18, 0) });

        Assert.Equal(VideoConnectionState.Due, check.State);
    }

    private static DateTimeOffset Almaty(int y, int m, int d, int h, int min) => new(y, m, d, h, min, 0, TimeSpan.FromHours(5));

    private Task<VideoConnectionCheck> Check(VideoConnectionOptions? options = null) =>
        new CheckVideoConnection(appeals, schedule, BuiltInCalendarData.CreateCalendar(), new ReceptionClock(real, new ClockOptions()),
            Microsoft.Extensions.Options.Options.Create(options ?? new VideoConnectionOptions())).ExecuteAsync(AppealId, CancellationToken.None);

    private async Task GivenABooking(ReceptionMode mode, string? connection)
    {
        AppealRecord appeal = TestAppeals.Received(AppealId, real.Now);
        appeal = appeal with { Progress = appeal.Progress with { Slot = new BookedSlot("deputy1", Monday, new TimeOnly(10, 0), mode) } };
        appeals = new InMemoryAppealStore(); // one booking per look
        await appeals.CreateIfAbsentAsync(appeal, CancellationToken.None);
        await schedule.SaveDayAsync(new ScheduledDay("deputy1", new OfficialName("Орынбасар", "Заместитель"), Monday, new TimeOnly(10, 0), new TimeOnly(12, 0), 20, mode)
        {
            Connection = connection,
        }, CancellationToken.None);
    }
}
