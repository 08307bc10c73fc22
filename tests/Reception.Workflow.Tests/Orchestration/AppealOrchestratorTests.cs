using Microsoft.DurableTask;
using Moq;
using Reception.Domain.Appeals;
using Reception.Workflow.Activities;
using Reception.Workflow.Orchestration;

namespace Reception.Workflow.Tests.Orchestration;

public class AppealOrchestratorTests
{
    [Fact]
    public async Task RunAsync_NewAppeal_CallsRegistrationForItsOwnAppealWithRetries()
    {
        var context = new Mock<TaskOrchestrationContext>();
        context
            .Setup(c => c.CallActivityAsync<AppealRegistration>(
                It.Is<TaskName>(n => n.Name == nameof(RegisterAppeal)),
                It.Is<object>(i => ((RegisterAppealInput)i).AppealId == "a1"),
                It.Is<TaskOptions>(o => o.Retry != null)))
            .ReturnsAsync(new AppealRegistration(AppealStatus.Registered, "RCP-2026-000001", new DateOnly(2026, 3, 20)));

        AppealStatus status = await new AppealOrchestrator().RunAsync(context.Object, new AppealWorkflowInput("a1", AppealOrchestrator.CurrentVersion));

        Assert.Equal(AppealStatus.Registered, status);
        context.VerifyAll();
    }
}
