using Microsoft.Extensions.DependencyInjection;
using Reception.Domain.Appeals;
using Reception.Domain.Repeats;
using Reception.Workflow.Appeals;
using Reception.Workflow.Appeals.Activities;
using Reception.Workflow.Appeals.Orchestration;
using Reception.Workflow.Notifications;
using Reception.Workflow.Tests.Fakes;

namespace Reception.Workflow.Tests.Orchestration;

/// <summary>
/// The opening of an appeal (registration, R2, R3, sending for review) as version 5 takes it, in one
/// activity (<see cref="OpenAppeal"/>), and as instances of version 4 still in flight take it, one
/// activity per step: both on the in-process engine with the real activities.
/// </summary>
public sealed class AppealOpeningTests : IAsyncLifetime
{
    private WorkflowHarness harness = null!;

    public async Task InitializeAsync() => harness = await WorkflowHarness.StartAsync(TimeSpan.FromHours(1));

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Theory]
    [InlineData(AppealOrchestrator.CurrentVersion)]
    public async Task R4_RegisteredAppeal_GoesToReview_WithItsAnswerDeadlineAwaited(int version)
    {
        string id = await harness.SubmitAsync(version: version);

        AppealRecord appeal = await harness.WaitForAsync(id, AppealStatus.UnderReview, StaffActions.Review);
        WorkflowStatus waiting = await WaitForCustomStatusAsync(id);

        Assert.Equal(["received", StepName.Registered, StepName.SentForReview], appeal.History.Select(h => h.Step));
        Assert.Equal((StaffActions.Review, appeal.Deadlines!.AnswerDue, Rule.R8), (waiting.Awaiting, waiting.Due, waiting.Rule));
    }

    [Theory]
    [InlineData(AppealOrchestrator.CurrentVersion)]
    public async Task R2_NoSubstance_IsLeftWithoutConsideration_AndTheApplicantIsTold(int version)
    {
        string id = await harness.SubmitAsync(subject: "...", version: version);

        AppealRecord appeal = await harness.WaitForAsync(id, AppealStatus.LeftWithoutConsideration);
        await harness.WaitForMessageAsync(m => m.AppealId == id && m.Kind == NotificationKind.LeftWithoutConsideration);

        Assert.Equal(Rule.R2, appeal.History[^1].Rule);
        Assert.Null(appeal.RegistrationNumber);
    }

    [Theory]
    [InlineData(AppealOrchestrator.CurrentVersion)]
    public async Task R3_SameQuestionAgain_IsRefusedNamingTheEarlierAppeal(int version)
    {
        string earlier = await harness.SubmitAsync(iin: "850505300111");
        AppealRecord first = await harness.WaitForAsync(earlier, AppealStatus.UnderReview);
        await harness.Applicants.RecordAsync(first, EarlierOutcome.Received, CancellationToken.None);

        string again = await harness.SubmitAsync(iin: "850505300111", version: version);
        AppealRecord refused = await harness.WaitForAsync(again, AppealStatus.Refused);

        Assert.Equal((Rule.R3, first.RegistrationNumber), (refused.History[^1].Rule, refused.Progress.EarlierAppeal));
    }

    [Fact]
    public async Task R3_OpenAppealRetried_KeepsTheDecisionItRecorded_ThoughARepeatAppearedMeanwhile()
    {
        string id = Guid.NewGuid().ToString("N");
        await harness.Appeals.CreateIfAbsentAsync(TestAppeals.Received(id, harness.Clock.GetUtcNow()), CancellationToken.None);
        OpenAppeal open = harness.Host.Services.GetRequiredService<OpenAppeal>();
        AppealOpening first = await open.ExecuteAsync(new OpenAppealInput(id, 2), CancellationToken.None);

        // Between the attempt that recorded the step and its retry (a crash before the activity
        // reported back), the same applicant's same question was received at a reception.
        AppealRecord other = TestAppeals.Received(Guid.NewGuid().ToString("N"), harness.Clock.GetUtcNow()) with { RegistrationNumber = "RCP-2026-000099" };
        await harness.Applicants.RecordAsync(other, EarlierOutcome.Received, CancellationToken.None);
        AppealOpening retried = await open.ExecuteAsync(new OpenAppealInput(id, 2), CancellationToken.None);

        Assert.Equal(StepName.SentForReview, first.Step);
        Assert.Equal(first, retried);
        AppealRecord stored = (await harness.Appeals.FindAsync(id, CancellationToken.None))!;
        Assert.Equal((AppealStatus.UnderReview, 1), (stored.Status, stored.History.Count(h => h.Step == StepName.SentForReview)));
        Assert.DoesNotContain(stored.History, h => h.Step == StepName.Refused);
    }

    private async Task<WorkflowStatus> WaitForCustomStatusAsync(string id)
    {
        for (int attempt = 0; attempt < 100; attempt++)
        {
            var metadata = await harness.Client.GetInstanceAsync(id, getInputsAndOutputs: true);
            if (metadata?.ReadCustomStatusAs<WorkflowStatus>() is { } status)
            {
                return status;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The workflow of {id} set no status within 10 s.");
    }
}
