using Reception.Domain.Appeals;
using Reception.Workflow.Appeals;
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

        AppealRecord missed = await WaitForAsync(id, a => a.History.Count(h => h.Step == "deadlineMissed") >= 2, seconds: 30);

        HistoryStep first = missed.History.First(h => h.Step == "deadlineMissed");
        Assert.Equal("R8", first.Rule);
        Assert.Contains($"{missed.Deadlines!.AnswerDue:yyyy-MM-dd}", first.Detail, StringComparison.Ordinal);
        Assert.Equal(AppealStatus.UnderReview, missed.Status);
        Assert.Equal(StaffActions.Review, missed.Progress.Awaiting); // the appeal goes on
        await harness.WaitForMessageAsync(n => n.AppealId == id && n.Kind == NotificationKind.Escalation && n.Audience == "departmentHead");
    }

    private async Task<AppealRecord> WaitForAsync(string id, Func<AppealRecord, bool> condition, int seconds)
    {
        DateTime until = DateTime.UtcNow.AddSeconds(seconds);
        AppealRecord? appeal = null;
        while (DateTime.UtcNow < until)
        {
            appeal = await harness.Appeals.FindAsync(id, CancellationToken.None);
            if (appeal is not null && condition(appeal))
            {
                return appeal;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Condition not met on {id}: {string.Join(", ", appeal?.History.Select(h => h.Step) ?? [])}");
    }
}
