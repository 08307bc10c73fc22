using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using Reception.Domain.Calendar;
using Reception.Domain.Schedule;
using Reception.Functions.Notifications;
using Reception.Functions.Reports;
using Reception.Storage.Queues;
using Reception.Workflow.Appeals;
using Reception.Workflow.Deadlines;
using Reception.Workflow.Notifications;
using Reception.Workflow.Publishing;
using Reception.Workflow.Reports;
using Reception.Workflow.Schedule;

namespace Reception.Functions.Tests;

/// <summary>
/// The queue and timer triggers, called with the binding data the worker gives them: the outbox
/// message as the queue text the dispatcher reads, a <see cref="TimerInfo"/> at the schedule's
/// moment. (The start-queue trigger: <see cref="AppealStartFunctionsTests"/>.)
/// </summary>
public class QueueAndTimerTriggerTests
{
    private readonly Mock<INotificationChannel> email = new();
    private readonly Mock<ISentNotifications> sent = new();
    private readonly Mock<IDocumentStore> documents = new();
    private readonly Mock<INotificationOutbox> outbox = new();

    public QueueAndTimerTriggerTests() => email.Setup(c => c.Name).Returns("email");

    [Fact]
    public async Task DispatchNotification_QueueText_IsSentOnceToItsAudience()
    {
        var message = new OutgoingNotification("n-escalation-1", string.Empty, NotificationKind.Escalation, "ru", Audience.DepartmentHead, "Срок по R8 истек");
        string queueText = System.Text.Json.JsonSerializer.Serialize(message, Reception.Storage.Serialization.StoredJson.Options);
        var dispatcher = new NotificationDispatcher(Mock.Of<IAppealStore>(), sent.Object, [email.Object],
            Options.Create(new NotificationOptions { DepartmentHeadEmail = "head@akimat.kz" }), TimeProvider.System, NullLogger<NotificationDispatcher>.Instance);

        await new NotificationFunctions(dispatcher).Dispatch(queueText, CancellationToken.None);

        email.Verify(c => c.SendAsync(It.Is<Delivery>(d => d.Id == "n-escalation-1" && d.Address == "head@akimat.kz" && d.Text == "Срок по R8 истек"), It.IsAny<CancellationToken>()), Times.Once);
        sent.Verify(s => s.MarkSentAsync("n-escalation-1", It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Equal(QueueNotificationOutbox.DefaultQueueName, QueueNameOf(nameof(NotificationFunctions.Dispatch)));
    }

    [Fact]
    public async Task PublishMonthlySchedule_OnThe25th_PublishesNextMonthInBothLanguages()
    {
        await Functions(new DateTimeOffset(2026, 11, 25, 1, 0, 0, TimeSpan.Zero)).PublishSchedule(new TimerInfo(), CancellationToken.None);

        foreach (string file in new[] { "schedule.kk.json", "schedule.ru.json", "schedule.kk.ics", "schedule.ru.ics", "r12-gaps.json" })
        {
            documents.Verify(d => d.SaveAsync($"schedules/2026-12/{file}", It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once);
        }
    }

    [Fact]
    public async Task PublishQuarterlyReport_OnTheFirstDayOfAQuarter_ReportsThePastQuarterToBoth()
    {
        await Functions(new DateTimeOffset(2027, 1, 1, 1, 0, 0, TimeSpan.Zero)).PublishReport(new TimerInfo(), CancellationToken.None);

        documents.Verify(d => d.SaveAsync("reports/2026-Q4/report.csv", It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once);
        outbox.Verify(o => o.EnqueueAsync(It.Is<OutgoingNotification>(n => n.Kind == NotificationKind.QuarterlyReport), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task SweepDeadlineWakes_WakesTheRunningWorkflowsWhoseRowIsDue_AndRemovesEveryDueRow()
    {
        var due = new DeadlineWake[] { new("waiting", DateTime.UtcNow.AddMinutes(-1), "v1"), new("closed", DateTime.UtcNow.AddMinutes(-2), "v2") };
        var wakes = new Mock<IDeadlineWakes>();
        wakes.Setup(w => w.DueAsync(It.IsAny<DateTime>(), It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync(due);
        var workflows = new Mock<Microsoft.DurableTask.Client.DurableTaskClient>("test");
        workflows.Setup(c => c.GetInstanceAsync("waiting", false, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Microsoft.DurableTask.Client.OrchestrationMetadata("AppealOrchestrator", "waiting") { RuntimeStatus = Microsoft.DurableTask.Client.OrchestrationRuntimeStatus.Running });
        workflows.Setup(c => c.GetInstanceAsync("closed", false, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Microsoft.DurableTask.Client.OrchestrationMetadata("AppealOrchestrator", "closed") { RuntimeStatus = Microsoft.DurableTask.Client.OrchestrationRuntimeStatus.Completed });
        var clock = new Reception.Workflow.Time.ReceptionClock(TimeProvider.System, new Reception.Workflow.Time.ClockOptions());

        await new Reception.Functions.Workflow.DeadlineWakeFunctions(new Reception.Workflow.Deadlines.DeadlineWakeSweep(wakes.Object, clock, NullLogger<Reception.Workflow.Deadlines.DeadlineWakeSweep>.Instance))
            .Sweep(new TimerInfo(), workflows.Object, CancellationToken.None);

        workflows.Verify(c => c.RaiseEventAsync("waiting", Reception.Workflow.Deadlines.DeadlineWakeSignal.Name, It.IsAny<object?>(), It.IsAny<CancellationToken>()), Times.Once);
        workflows.Verify(c => c.RaiseEventAsync("closed", It.IsAny<string>(), It.IsAny<object?>(), It.IsAny<CancellationToken>()), Times.Never);
        wakes.Verify(w => w.RemoveAsync(It.IsAny<DeadlineWake>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task PurgeExpiredPersonalData_AsksForTheAppealsClosedLongerAgoThanTheTerm()
    {
        var appeals = new Mock<IAppealStore>();
        DateTimeOffset asked = default;
        appeals.Setup(a => a.HoldingPersonalDataClosedBeforeAsync(It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .Returns((DateTimeOffset before, CancellationToken _) => { asked = before; return AsyncEnumerable.Empty<string>(); });
        var clock = new Reception.Workflow.Time.ReceptionClock(TimeProvider.System, new Reception.Workflow.Time.ClockOptions());
        var eraser = new Reception.Workflow.Privacy.PersonalDataEraser(appeals.Object, Mock.Of<Reception.Workflow.Privacy.IPersonalDataStore>(), Mock.Of<IApplicantIndex>(),
            Mock.Of<IAnswerLetters>(), Mock.Of<ISurveyStore>(), Mock.Of<Reception.Workflow.Worklists.IWorklistIndex>(), clock, NullLogger<Reception.Workflow.Privacy.PersonalDataEraser>.Instance);
        var personalData = new Mock<Reception.Workflow.Privacy.IPersonalDataStore>();
        personalData.Setup(p => p.StoredBetweenAsync(It.IsAny<DateTimeOffset>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).Returns(AsyncEnumerable.Empty<string>());
        var purge = new Reception.Workflow.Privacy.RetentionPurge(appeals.Object, personalData.Object, eraser, Options.Create(new Reception.Workflow.Privacy.RetentionOptions()), clock,
            NullLogger<Reception.Workflow.Privacy.RetentionPurge>.Instance);

        await new RetentionFunctions(purge).Purge(new TimerInfo(), new Mock<Microsoft.DurableTask.Client.DurableTaskClient>("test").Object, CancellationToken.None);

        Assert.InRange(DateTimeOffset.UtcNow - TimeSpan.FromDays(1826) - asked, TimeSpan.Zero, TimeSpan.FromMinutes(1)); // five years by default
    }

    private PublishingFunctions Functions(DateTimeOffset now)
    {
        var schedule = new Mock<IScheduleStore>();
        schedule.Setup(s => s.MonthAsync(It.IsAny<int>(), It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        schedule.Setup(s => s.DaysFromAsync(It.IsAny<string?>(), It.IsAny<DateOnly>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        var meetings = new Mock<IReportingMeetings>();
        meetings.Setup(m => m.MonthAsync(It.IsAny<int>(), It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync(Array.Empty<ReportingMeeting>());
        var counters = new Mock<IReportCounters>();
        counters.Setup(c => c.QuarterAsync(It.IsAny<int>(), It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync(new Dictionary<string, long>());
        IConfiguration configuration = new ConfigurationBuilder().Build();
        var clock = new Mock<TimeProvider>();
        clock.Setup(c => c.GetUtcNow()).Returns(now);
        var check = new ScheduleCheck(schedule.Object, meetings.Object, BuiltInCalendarData.CreateCalendar(), configuration);
        return new PublishingFunctions(new Publisher(schedule.Object, check, counters.Object, documents.Object, outbox.Object, clock.Object), clock.Object);
    }

    private static string? QueueNameOf(string method) =>
        typeof(NotificationFunctions).GetMethod(method)!.GetParameters().Select(p => p.GetCustomAttribute<QueueTriggerAttribute>()).First(a => a is not null)!.QueueName;
}
