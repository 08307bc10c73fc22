using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Moq;
using Reception.Functions.Intake;
using Reception.Workflow.Orchestration;
using Reception.Workflow.Ports;

namespace Reception.Functions.Tests;

public class AppealStartFunctionsTests
{
    private const string AppealId = "0123456789abcdef0123456789abcdef";
    private readonly Mock<DurableTaskClient> workflows = new("test");
    private readonly Mock<IAppealStore> appeals = new();

    [Fact]
    public async Task Start_StoredAppeal_StartsItsWorkflowWithTheAppealIdAsInstanceId()
    {
        appeals.Setup(a => a.ExistsAsync(AppealId, It.IsAny<CancellationToken>())).ReturnsAsync(true);

        await Functions().Start(Message(dequeueCount: 1), workflows.Object, CancellationToken.None);

        workflows.Verify(w => w.ScheduleNewOrchestrationInstanceAsync(
            It.Is<TaskName>(n => n.Name == nameof(AppealOrchestrator)),
            It.Is<object>(i => i is AppealWorkflowInput && ((AppealWorkflowInput)i).AppealId == AppealId && ((AppealWorkflowInput)i).WorkflowVersion == AppealOrchestrator.CurrentVersion),
            It.Is<StartOrchestrationOptions>(o => o.InstanceId == AppealId),
            It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Start_RequestComingAgainForARunningWorkflow_Succeeds()
    {
        appeals.Setup(a => a.ExistsAsync(AppealId, It.IsAny<CancellationToken>())).ReturnsAsync(true);
        workflows.Setup(w => w.ScheduleNewOrchestrationInstanceAsync(It.IsAny<TaskName>(), It.IsAny<object>(), It.IsAny<StartOrchestrationOptions>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("An orchestration with this instance id already exists."));
        workflows.Setup(w => w.GetInstanceAsync(AppealId, false, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new OrchestrationMetadata(nameof(AppealOrchestrator), AppealId));

        await Functions().Start(Message(dequeueCount: 1), workflows.Object, CancellationToken.None);
    }

    [Fact]
    public async Task Start_AppealNeverStored_FailsSoTheRuntimeRetriesAndStartsNothing()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => Functions().Start(Message(dequeueCount: 1), workflows.Object, CancellationToken.None));

        workflows.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Start_AppealStillNotStoredOnTheLastTry_DropsTheRequestInsteadOfPoisoningIt()
    {
        // The intake that left it failed before storing: nothing to start, nothing for a person to do.
        await Functions().Start(Message(dequeueCount: AppealStarter.NotStoredTries), workflows.Object, CancellationToken.None);

        workflows.VerifyNoOtherCalls();
    }

    private AppealStartFunctions Functions() => new(new AppealStarter(appeals.Object), NullLogger<AppealStartFunctions>.Instance);

    private static QueueMessage Message(long dequeueCount) =>
        QueuesModelFactory.QueueMessage("message-1", "receipt", AppealId, dequeueCount);
}
