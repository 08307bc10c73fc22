using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Moq;
using Reception.Functions.Intake;
using Reception.Domain.Appeals;
using Reception.Domain.Applicants;
using Reception.Workflow.Appeals;
using Reception.Workflow.Appeals.Orchestration;
using Reception.Workflow.Appeals.Starting;
using Reception.Workflow.Intake;

namespace Reception.Functions.Tests;

public class AppealStartFunctionsTests
{
    private const string AppealId = "0123456789abcdef0123456789abcdef";
    private readonly Mock<DurableTaskClient> workflows = new("test");
    private readonly Mock<IAppealStore> appeals = new();

    [Fact]
    public async Task Start_StoredAppeal_StartsItsWorkflowWithTheAppealIdAsInstanceId()
    {
        appeals.Setup(a => a.FindAsync(AppealId, It.IsAny<CancellationToken>())).ReturnsAsync(Stored());

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
        appeals.Setup(a => a.FindAsync(AppealId, It.IsAny<CancellationToken>())).ReturnsAsync(Stored());
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

    [Fact]
    public async Task Start_AGroupedMessage_StartsEachStoredAppeal_AndComesBackForTheOneNotStoredYet()
    {
        const string Second = "fedcba9876543210fedcba9876543210";
        const string NotYet = "00000000000000000000000000000000";
        appeals.Setup(a => a.FindAsync(AppealId, It.IsAny<CancellationToken>())).ReturnsAsync(Stored());
        appeals.Setup(a => a.FindAsync(Second, It.IsAny<CancellationToken>())).ReturnsAsync(Stored() with { AppealId = Second });
        QueueMessage grouped = QueuesModelFactory.QueueMessage("message-1", "receipt", StartRequestMessage.Format([AppealId, Second, NotYet]), 1);

        await Assert.ThrowsAsync<InvalidOperationException>(() => Functions().Start(grouped, workflows.Object, CancellationToken.None));

        foreach (string started in new[] { AppealId, Second })
        {
            workflows.Verify(w => w.ScheduleNewOrchestrationInstanceAsync(
                It.IsAny<TaskName>(), It.IsAny<object>(), It.Is<StartOrchestrationOptions>(o => o.InstanceId == started), It.IsAny<CancellationToken>()), Times.Once);
        }

        workflows.Verify(w => w.ScheduleNewOrchestrationInstanceAsync(
            It.IsAny<TaskName>(), It.IsAny<object>(), It.Is<StartOrchestrationOptions>(o => o.InstanceId == NotYet), It.IsAny<CancellationToken>()), Times.Never);
    }

    private AppealStartFunctions Functions() => new(new AppealStarter(appeals.Object), NullLogger<AppealStartFunctions>.Instance);

    private static QueueMessage Message(long dequeueCount) =>
        QueuesModelFactory.QueueMessage("message-1", "receipt", AppealId, dequeueCount);

    // The appeal as intake stored it, with the trace context the workflow's spans continue.
    private static AppealRecord Stored() => new()
    {
        AppealId = AppealId,
        TrackingCode = "TRACK0123456",
        Channel = Channel.CallCenter,
        ReceivedAt = DateTimeOffset.UnixEpoch,
        Submission = new AppealSubmission(
            "CC-1", new Applicant(ApplicantType.Individual, "900101400122", "Ахметова", "Айгерим", null, null, null, "KZ", [], null),
            "Ремонт дороги", "akim", Language.Kk, VideoConference: false, NeedsInterpreter: false),
        TraceParent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
    };
}
