using Microsoft.DurableTask;
using Moq;
using Reception.Domain.Appeals;
using Reception.Workflow.Appeals;
using Reception.Workflow.Appeals.Activities;
using Reception.Workflow.Appeals.Events;
using Reception.Workflow.Appeals.Orchestration;
using Reception.Workflow.Deadlines;

namespace Reception.Workflow.Tests.Orchestration;

public class AppealOrchestratorTests
{
    private readonly Mock<TaskOrchestrationContext> context = new();

    public AppealOrchestratorTests()
    {
        context.Setup(c => c.CurrentUtcDateTime).Returns(new DateTime(2026, 3, 20, 5, 0, 0, DateTimeKind.Utc));
        context.Setup(c => c.CreateReplaySafeLogger<AppealOrchestrator>()).Returns(Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
    }

    [Theory]
    [InlineData(StepName.LeftWithoutConsideration, AppealStatus.LeftWithoutConsideration)] // R2: no substance
    [InlineData(StepName.Refused, AppealStatus.Refused)] // R3: the same question again
    public async Task R2_R3_AnOpeningThatDoesNotSendForReview_EndsTheWorkflowWithItsStatus(string step, AppealStatus ended)
    {
        context
            .Setup(c => c.CallActivityAsync<AppealOpening>(It.Is<TaskName>(n => n.Name == nameof(OpenAppeal)), It.IsAny<object>(), It.IsAny<TaskOptions>()))
            .ReturnsAsync(new AppealOpening(step, ended, null));

        AppealStatus status = await new AppealOrchestrator().RunAsync(context.Object, new AppealWorkflowInput("a1", AppealOrchestrator.CurrentVersion));

        Assert.Equal(ended, status);
        context.Verify(c => c.WaitForExternalEvent<ReviewEvent>(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
        context.Verify(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task R8_OpensInOneActivity_AndTheReviewWaitRacesTheDeadlineItPlanned()
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
    }

}
