using Microsoft.DurableTask;
using Moq;
using Reception.Domain.Appeals;
using Reception.Workflow.Activities;
using Reception.Workflow.Appeals;
using Reception.Workflow.Events;
using Reception.Workflow.Orchestration;

namespace Reception.Workflow.Tests.Orchestration;

public class AppealOrchestratorTests
{
    private readonly Mock<TaskOrchestrationContext> context = new();

    public AppealOrchestratorTests()
    {
        context.Setup(c => c.CurrentUtcDateTime).Returns(new DateTime(2026, 3, 20, 5, 0, 0, DateTimeKind.Utc));
        context.Setup(c => c.CreateReplaySafeLogger<AppealOrchestrator>()).Returns(Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
    }

    [Fact]
    public async Task RunAsync_Version1Instance_EndsAfterRegistrationAsVersion1Did()
    {
        SetupRegistration(hasSubstance: true);

        AppealStatus status = await new AppealOrchestrator().RunAsync(context.Object, new AppealWorkflowInput("a1", WorkflowVersion: 1));

        Assert.Equal(AppealStatus.Registered, status);
        context.Verify(c => c.CallActivityAsync<AppealSnapshot>(It.IsAny<TaskName>(), It.IsAny<object>(), It.IsAny<TaskOptions>()), Times.Never);
    }

    [Fact]
    public async Task R2_Version4Instance_NoSubstance_LeavesWithoutConsiderationAndTellsTheApplicant()
    {
        SetupRegistration(hasSubstance: false);
        AppealStep? recorded = null;
        context
            .Setup(c => c.CallActivityAsync<AppealSnapshot>(It.Is<TaskName>(n => n.Name == nameof(AdvanceAppeal)), It.IsAny<object>(), It.IsAny<TaskOptions>()))
            .Callback((TaskName _, object step, TaskOptions _) => recorded = (AppealStep)step)
            .ReturnsAsync(new AppealSnapshot(AppealStatus.LeftWithoutConsideration, null, null, false, false, false));

        AppealStatus status = await new AppealOrchestrator().RunAsync(context.Object, new AppealWorkflowInput("a1", WorkflowVersion: 4));

        Assert.Equal(AppealStatus.LeftWithoutConsideration, status);
        Assert.Equal("R2", recorded!.Rule);
        Assert.Equal(Reception.Workflow.Notifications.NotificationKind.LeftWithoutConsideration, recorded.Notify);
        context.Verify(c => c.CallActivityAsync<RepeatCheck?>(It.IsAny<TaskName>(), It.IsAny<object>(), It.IsAny<TaskOptions>()), Times.Never);
    }

    [Fact]
    public async Task R3_Version4Instance_RepeatRequest_IsRefusedWithTheEarlierAppeal()
    {
        SetupRegistration(hasSubstance: true);
        context
            .Setup(c => c.CallActivityAsync<RepeatCheck?>(It.Is<TaskName>(n => n.Name == nameof(CheckRepeat)), "a1", It.IsAny<TaskOptions>()))
            .ReturnsAsync(new RepeatCheck("Already received (appeal RCP-2026-000007).", "RCP-2026-000007"));
        AppealStep? recorded = null;
        context
            .Setup(c => c.CallActivityAsync<AppealSnapshot>(It.Is<TaskName>(n => n.Name == nameof(AdvanceAppeal)), It.IsAny<object>(), It.IsAny<TaskOptions>()))
            .Callback((TaskName _, object step, TaskOptions _) => recorded = (AppealStep)step)
            .ReturnsAsync(new AppealSnapshot(AppealStatus.Refused, null, null, false, false, false));

        AppealStatus status = await new AppealOrchestrator().RunAsync(context.Object, new AppealWorkflowInput("a1", WorkflowVersion: 4));

        Assert.Equal(AppealStatus.Refused, status);
        Assert.Equal(("R3", AppealStatus.Refused, "RCP-2026-000007"), (recorded!.Rule, recorded.Status, ((Refusal)recorded.Change!).EarlierAppeal));
    }

    [Fact]
    public async Task R8_Version5_OpensInOneActivity_AndTheReviewWaitRacesTheDeadlineItPlanned()
    {
        var fireAt = new DateTime(2026, 4, 3, 18, 59, 59, DateTimeKind.Utc);
        context
            .Setup(c => c.CallActivityAsync<AppealOpening>(
                It.Is<TaskName>(n => n.Name == nameof(OpenAppeal)), It.Is<object>(i => ((OpenAppealInput)i).StepNumber == 2), It.IsAny<TaskOptions>()))
            .ReturnsAsync(new AppealOpening(StepName.SentForReview, AppealStatus.UnderReview, new PlannedTimer(new DateOnly(2026, 4, 3), fireAt)));
        context.Setup(c => c.WaitForExternalEvent<ReviewEvent>(StaffActions.Review, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ReviewEvent(ReviewOutcome.Refuse, null, null, "Not the akimat's competence", null));
        context.Setup(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>())).Returns(new TaskCompletionSource().Task);
        AppealStep? recorded = null;
        context
            .Setup(c => c.CallActivityAsync<AppealSnapshot>(It.Is<TaskName>(n => n.Name == nameof(AdvanceAppeal)), It.IsAny<object>(), It.IsAny<TaskOptions>()))
            .Callback((TaskName _, object step, TaskOptions _) => recorded = (AppealStep)step)
            .ReturnsAsync(new AppealSnapshot(AppealStatus.Refused, null, null, false, false, false));

        AppealStatus status = await new AppealOrchestrator().RunAsync(context.Object, new AppealWorkflowInput("a1", AppealOrchestrator.CurrentVersion));

        Assert.Equal(AppealStatus.Refused, status);
        Assert.Equal("0003-refused", recorded!.StepKey); // the opening took key 2
        context.Verify(c => c.CreateTimer(fireAt, It.IsAny<CancellationToken>()), Times.Once);
        context.Verify(c => c.CallActivityAsync<PlannedTimer>(It.IsAny<TaskName>(), It.IsAny<object>(), It.IsAny<TaskOptions>()), Times.Never);
        context.Verify(c => c.CallActivityAsync<AppealRegistration>(It.IsAny<TaskName>(), It.IsAny<object>(), It.IsAny<TaskOptions>()), Times.Never);
        context.Verify(c => c.CallActivityAsync<RepeatCheck?>(It.IsAny<TaskName>(), It.IsAny<object>(), It.IsAny<TaskOptions>()), Times.Never);
    }

    private void SetupRegistration(bool hasSubstance) =>
        context
            .Setup(c => c.CallActivityAsync<AppealRegistration>(
                It.Is<TaskName>(n => n.Name == nameof(RegisterAppeal)),
                It.Is<object>(i => ((RegisterAppealInput)i).AppealId == "a1"),
                It.Is<TaskOptions>(o => o.Retry != null)))
            .ReturnsAsync(hasSubstance
                ? new AppealRegistration(AppealStatus.Registered, "RCP-2026-000001", new DateOnly(2026, 3, 20))
                : new AppealRegistration(AppealStatus.Received, null, null, HasSubstance: false));
}
