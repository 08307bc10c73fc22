using DurableTask.Core;
using DurableTask.Core.History;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Reception.LocalHost.Engine;

namespace Reception.LocalHost.Tests.Durable;

public class DuplicateStartFilterTests
{
    [Fact]
    public async Task LockNext_StartRedeliveredToAnInstanceThatBegan_IsDroppedAndTheRestPassed()
    {
        var begun = new OrchestrationRuntimeState([new ExecutionStartedEvent(-1, "{}") { Name = "AppealOrchestrator", OrchestrationInstance = Instance() }]);
        var raised = new TaskMessage { Event = new EventRaisedEvent(-1, "{}") { Name = "review" }, OrchestrationInstance = Instance() };
        var workItem = new TaskOrchestrationWorkItem
        {
            InstanceId = "a1",
            OrchestrationRuntimeState = begun,
            NewMessages = [Start(), raised],
        };

        TaskOrchestrationWorkItem passed = await new DuplicateStartFilter(Backend(workItem), NullLogger<DuplicateStartFilter>.Instance)
            .LockNextTaskOrchestrationWorkItemAsync(TimeSpan.FromSeconds(1), CancellationToken.None);

        Assert.Equal([raised], passed.NewMessages);
    }

    [Fact]
    public async Task LockNext_FirstStartOfANewInstance_IsPassed()
    {
        var workItem = new TaskOrchestrationWorkItem { InstanceId = "a1", OrchestrationRuntimeState = new OrchestrationRuntimeState(), NewMessages = [Start()] };

        TaskOrchestrationWorkItem passed = await new DuplicateStartFilter(Backend(workItem), NullLogger<DuplicateStartFilter>.Instance)
            .LockNextTaskOrchestrationWorkItemAsync(TimeSpan.FromSeconds(1), CancellationToken.None);

        Assert.IsType<ExecutionStartedEvent>(Assert.Single(passed.NewMessages).Event);
    }

    private static OrchestrationInstance Instance() => new() { InstanceId = "a1", ExecutionId = "e1" };

    private static TaskMessage Start() => new() { Event = new ExecutionStartedEvent(-1, "{}") { Name = "AppealOrchestrator", OrchestrationInstance = Instance() }, OrchestrationInstance = Instance() };

    // The backend as far as the filter asks it: one work item to lock.
    private static IOrchestrationService Backend(TaskOrchestrationWorkItem workItem)
    {
        var backend = new Mock<IOrchestrationService>(MockBehavior.Strict);
        backend.Setup(b => b.LockNextTaskOrchestrationWorkItemAsync(It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>())).ReturnsAsync(workItem);
        return backend.Object;
    }
}
