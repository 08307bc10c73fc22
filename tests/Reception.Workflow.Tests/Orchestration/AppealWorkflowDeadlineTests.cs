using Reception.Domain.Appeals;
using Reception.Workflow.Appeals;
using Reception.Workflow.Appeals.Events;
using Reception.Workflow.Notifications;

namespace Reception.Workflow.Tests.Orchestration;

/// <summary>Deadlines on a compressed clock: a simulated day lasts 150 ms, so the 15-day answer term passes in a few seconds.</summary>
public sealed class AppealWorkflowDeadlineTests : IAsyncLifetime
{
    private WorkflowHarness harness = null!;

    public async Task InitializeAsync() => harness = await WorkflowHarness.StartAsync(TimeSpan.FromMilliseconds(150));

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task R8_NoReviewBeforeTheAnswerIsDue_RecordsDeadlineMissedEscalatesAndKeepsWaiting()
    {
        string id = await harness.SubmitAsync();

        AppealRecord missed = await harness.WaitUntilAsync(id, a => a.History.Count(h => h.Step == "deadlineMissed") >= 2, seconds: 30);

        HistoryStep first = missed.History.First(h => h.Step == "deadlineMissed");
        Assert.Equal("R8", first.Rule);
        Assert.Contains($"{missed.Deadlines!.AnswerDue:yyyy-MM-dd}", first.Detail, StringComparison.Ordinal);
        Assert.Equal(AppealStatus.UnderReview, missed.Status);
        Assert.Equal(StaffActions.Review, missed.Progress.Awaiting); // the appeal goes on
        await harness.WaitForMessageAsync(n => n.AppealId == id && n.Kind == NotificationKind.Escalation && n.Audience == "departmentHead");
    }

    [Fact]
    public async Task R8_ApprovedButNoFreeSlotUntilTheAnswerIsDue_RecordsTheMissOnceEscalatesAndKeepsLooking()
    {
        string id = await harness.SubmitAsync();
        await harness.WaitUntilAsync(id, a => a.Progress.Awaiting == StaffActions.Review, seconds: 10);
        await harness.Client.RaiseEventAsync(id, StaffActions.Review,
            new ReviewEvent(ReviewOutcome.Propose, "nobody-receives", harness.Clock.Today.AddDays(10), null, null));
        await harness.WaitUntilAsync(id, a => a.Progress.Awaiting == StaffActions.Decision, seconds: 10);
        await harness.Client.RaiseEventAsync(id, StaffActions.Decision, new DecisionEvent(true, null));

        AppealRecord waiting = await harness.WaitUntilAsync(id, a => a.History.Count(h => h.Step == "noFreeSlot") >= 25 && a.History.Any(h => h.Step == "deadlineMissed"), seconds: 40);

        HistoryStep missed = Assert.Single(waiting.History, h => h.Step == "deadlineMissed");
        Assert.Equal("R8", missed.Rule);
        Assert.Contains($"{waiting.Deadlines!.AnswerDue:yyyy-MM-dd}", missed.Detail, StringComparison.Ordinal);
        Assert.True(waiting.History.ToList().FindIndex(h => h.Step == "deadlineMissed") > waiting.History.ToList().FindIndex(h => h.Step == "approved"));
        Assert.Equal(AppealStatus.AwaitingDecision, waiting.Status); // still looking for a slot
        Assert.True(harness.Counters.Total("deadline.missed.R8") >= 1);
    }
}
