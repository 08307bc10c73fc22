using Reception.Domain.Appeals;
using Reception.Domain.Schedule;
using Reception.Workflow.Appeals;
using Reception.Workflow.Appeals.Events;
using Reception.Workflow.Notifications;
using Reception.Workflow.Schedule;

namespace Reception.Workflow.Tests.Orchestration;

/// <summary>§12 (R17) through the real engine: the connection details go out beside the waits before the reception, and change nothing they await.</summary>
public sealed class VideoConnectionWorkflowTests : IAsyncLifetime
{
    private static readonly DateOnly ReceptionDay = new(2026, 4, 8); // a Wednesday; ten working days before it is the harness's today (20 March)
    private WorkflowHarness harness = null!;

    public async Task InitializeAsync()
    {
        // Sent ten working days ahead: already due when the appeal is booked, so the test need not wait for a day to pass.
        harness = await WorkflowHarness.StartAsync(TimeSpan.FromDays(1), video: new VideoConnectionOptions { WorkingDaysBefore = 10 });
        await harness.Schedule.SaveDayAsync(
            new ScheduledDay("deputy-1", new OfficialName("Орынбасар", "Заместитель"), ReceptionDay, new TimeOnly(10, 0), new TimeOnly(11, 0), 20, ReceptionMode.Video)
            {
                Connection = "https://vks.example/j/42",
            },
            CancellationToken.None);
    }

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task R17_TheDetailsGoOutOnce_WhileTheInterpreterIsAwaited_AndTheAppealStillAwaitsTheInterpreter()
    {
        string id = await harness.SubmitAsync(interpreterLanguage: "English", videoConference: true);
        await harness.WaitForAsync(id, AppealStatus.UnderReview, StaffActions.Review);
        await harness.Client.RaiseEventAsync(id, StaffActions.Review, new ReviewEvent(ReviewOutcome.Propose, "deputy-1", ReceptionDay, null, null));
        await harness.WaitForAsync(id, AppealStatus.AwaitingDecision, StaffActions.Decision);
        await harness.Client.RaiseEventAsync(id, StaffActions.Decision, new DecisionEvent(true, null));

        OutgoingNotification sent = await harness.WaitForMessageAsync(n => n.AppealId == id && n.Kind == NotificationKind.VideoConnection);
        Assert.Contains("https://vks.example/j/42", sent.Text, StringComparison.Ordinal);
        AppealRecord waiting = (await harness.Appeals.FindAsync(id, CancellationToken.None))!;
        Assert.Equal(StaffActions.Interpreter, waiting.Progress.Awaiting); // the office's interpreter action is still the one awaited

        await harness.Client.RaiseEventAsync(id, StaffActions.Interpreter, new InterpreterEvent("Айгерим Садыкова", "English") { ForStep = waiting.Progress.AwaitingStep });
        AppealRecord arranged = await harness.WaitForAsync(id, AppealStatus.Scheduled, StaffActions.Reception);
        await harness.Client.RaiseEventAsync(id, StaffActions.Reception, new ReceptionEvent(ReceptionOutcome.Held, true, [], []) { ForStep = arranged.Progress.AwaitingStep });
        AppealRecord closed = await harness.WaitForAsync(id, AppealStatus.Closed);

        // Once, though the reception wait looked again after the interpreter's.
        Assert.Single(closed.History, h => h.Step == StepName.VideoConnectionSent && h.Rule == Rule.R17);
    }
}
