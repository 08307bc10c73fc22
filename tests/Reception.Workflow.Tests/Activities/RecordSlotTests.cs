using Reception.Domain.Appeals;
using Reception.Domain.Calendar;
using Reception.Domain.Deadlines;
using Reception.Domain.Schedule;
using Reception.Workflow.Appeals;
using Reception.Workflow.Appeals.Activities;
using Reception.Workflow.Notifications;
using Reception.Workflow.Schedule;
using Reception.Workflow.Tests.Fakes;

namespace Reception.Workflow.Tests.Activities;

public class RecordSlotTests
{
    private const string AppealId = "0123456789abcdef0123456789abcdef";
    private static readonly DateOnly Day = new(2026, 4, 8);
    private readonly ManualClock clock = new(new DateTimeOffset(2026, 3, 20, 5, 0, 0, TimeSpan.Zero));
    private readonly InMemoryAppealStore appeals = new();
    private readonly InMemoryScheduleStore schedule = new();
    private readonly InMemoryOutbox outbox = new();

    [Fact]
    public async Task R8_AttemptThatRecordedTheSlotAndDiedBeforeItsMessage_IsFinishedByTheRetry()
    {
        await GivenAnApprovedAppealBookedAt(new TimeOnly(10, 0));
        var input = new RecordSlotInput(AppealId, "0005-slot", "akim", Day, Rule.R8, "scheduled");
        var stepWithoutMessage = new AppealStep(AppealId, "0005-slot", StepName.Scheduled, Rule.R8, "Scheduled.", AppealStatus.Scheduled,
            StaffActions.Reception, new SlotRecorded(new BookedSlot("akim", Day, new TimeOnly(10, 0), ReceptionMode.InPerson)), NotificationKind.Scheduled,
            Values: new Dictionary<string, string> { ["official"] = "Аким", ["place"] = "каб. 1", ["bring"] = "документ" });
        await Recorder().RecordAsync(stepWithoutMessage, CancellationToken.None);
        outbox.Sent.Clear(); // the first attempt died before its message reached the outbox

        await Activity().ExecuteAsync(input, CancellationToken.None);

        OutgoingNotification told = Assert.Single(outbox.Sent);
        Assert.Equal($"{AppealId}-0005-slot", told.Id);
        Assert.Contains("10:00", told.Text, StringComparison.Ordinal);
        Assert.Single((await appeals.FindAsync(AppealId, CancellationToken.None))!.History, h => h.Step == StepName.Scheduled);
    }

    [Fact]
    public async Task R7_EventForASlotAlreadyRecordedAndTold_RecordsAndSendsNothing()
    {
        await GivenAnApprovedAppealBookedAt(new TimeOnly(10, 0));
        await Activity().ExecuteAsync(new RecordSlotInput(AppealId, "0005-slot", "akim", Day, Rule.R8, "scheduled"), CancellationToken.None);
        outbox.Sent.Clear();

        await Activity().ExecuteAsync(new RecordSlotInput(AppealId, "0006-slot", "akim", Day, Rule.R7, "queue order (R7)"), CancellationToken.None);

        Assert.Empty(outbox.Sent);
        Assert.DoesNotContain((await appeals.FindAsync(AppealId, CancellationToken.None))!.History, h => h.Step == StepName.Rescheduled);
    }

    private async Task GivenAnApprovedAppealBookedAt(TimeOnly time)
    {
        AppealRecord approved = TestAppeals.Received(AppealId, clock.Now) with { Status = AppealStatus.AwaitingDecision };
        await appeals.CreateIfAbsentAsync(approved, CancellationToken.None);
        var day = new ScheduledDay("akim", new OfficialName("Әкім", "Аким"), Day, new TimeOnly(10, 0), new TimeOnly(12, 0), 20, ReceptionMode.InPerson);
        await schedule.SaveDayAsync(day, CancellationToken.None);
        ScheduledDay stored = (await schedule.FindDayAsync("akim", Day, CancellationToken.None))!;
        await schedule.TryReplaceBookingsAsync(stored, [new DayBooking(AppealId, false, clock.Now, false, time, ReceptionMode.InPerson)], CancellationToken.None);
    }

    private StepRecorder Recorder() => new(appeals, new InMemoryWorklistIndex(), outbox, BuiltInCalendarData.CreateCalendar(), DeadlinePolicy.Seed, clock, new Reception.Workflow.Notifications.PublicPage("https://reception.test"), new InMemoryAnswerLetters());

    private RecordSlot Activity() => new(appeals, schedule, Recorder(),
        new StepFollowUps(new InMemorySurveyStore(), new InMemoryWorklistIndex(), new InMemoryApplicantIndex(), new InMemoryReportCounters(), clock));
}
