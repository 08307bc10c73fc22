using DurableTask.AzureStorage;
using DurableTask.Core;
using Microsoft.Extensions.Logging.Abstractions;
using Reception.LocalHost.Engine;

namespace Reception.LocalHost.Tests.Durable;

/// <summary>
/// An activity whose work item could not be completed nor abandoned (storage unreachable) runs
/// again when its message comes back. The real Azure Storage backend on the test run's Azurite,
/// dispatched by DurableTask.Core's worker; only the two failing storage calls are simulated.
/// </summary>
public sealed class AbandonedActivityReleaseTests
{
    private static string Storage => Environment.GetEnvironmentVariable("RECEPTION_TEST_STORAGE") is { Length: > 0 } cs ? cs : "UseDevelopmentStorage=true";

    [Fact]
    public void TheBackendKeepsItsActivitiesInProgressWhereTheReleaseLooksForThem()
    {
        Assert.True(BackendActivitySessions.Reachable, "Microsoft.Azure.DurableTask.AzureStorage no longer has activeActivitySessions: see AbandonedActivityRelease.");
    }

    [Fact]
    public async Task AnActivityWhoseCompleteAndAbandonBothFailed_RunsAgainWhenItsMessageComesBack_AndItsWorkflowFinishes()
    {
        var backend = new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = "release" + Guid.NewGuid().ToString("N")[..10],
            StorageAccountClientProvider = new StorageAccountClientProvider(Storage),
            PartitionCount = 1,
            WorkItemQueueVisibilityTimeout = TimeSpan.FromSeconds(3),
            ControlQueueVisibilityTimeout = TimeSpan.FromSeconds(3),
            MaxQueuePollingInterval = TimeSpan.FromMilliseconds(500),
        });
        var outage = new FirstActivityOutage(backend);
        var service = new AbandonedActivityRelease(outage, new BackendActivitySessions(backend), NullLogger<AbandonedActivityRelease>.Instance);
        await service.CreateIfNotExistsAsync();
        var worker = new TaskHubWorker(service);
        worker.AddTaskOrchestrations(typeof(OneStep));
        worker.AddTaskActivities(typeof(Step));
        await worker.StartAsync();
        try
        {
            var client = new TaskHubClient(backend);
            OrchestrationInstance instance = await client.CreateOrchestrationInstanceAsync(typeof(OneStep), "appeal");
            OrchestrationState state = await client.WaitForOrchestrationAsync(instance, TimeSpan.FromSeconds(40));

            Assert.True(outage.Failed, "the simulated outage never hit the activity: the test proves nothing");
            Assert.Equal(OrchestrationStatus.Completed, state?.OrchestrationStatus);
            Assert.Equal("\"done: appeal\"", state!.Output);
        }
        finally
        {
            await worker.StopAsync(isForced: true);
            await backend.DeleteAsync();
        }
    }

    public sealed class OneStep : TaskOrchestration<string, string>
    {
        public override Task<string> RunTask(OrchestrationContext context, string input) =>
            context.ScheduleTask<string>(typeof(Step), input);
    }

    public sealed class Step : TaskActivity<string, string>
    {
        protected override string Execute(TaskContext context, string input) => "done: " + input;
    }

    /// <summary>
    /// Storage goes away under the first activity: its completion fails, and so does its abandon
    /// (before reaching the backend, as a call to unreachable storage fails). Everything else is the backend.
    /// </summary>
    private sealed class FirstActivityOutage(IOrchestrationService backend) : OrchestrationServiceDecorator(backend)
    {
        private int completions;
        private int abandons;

        public bool Failed => Volatile.Read(ref abandons) > 0;

        public override Task CompleteTaskActivityWorkItemAsync(TaskActivityWorkItem workItem, TaskMessage responseMessage) =>
            Interlocked.Increment(ref completions) == 1
                ? throw new IOException("storage unreachable (simulated): complete")
                : Inner.CompleteTaskActivityWorkItemAsync(workItem, responseMessage);

        public override Task AbandonTaskActivityWorkItemAsync(TaskActivityWorkItem workItem) =>
            Interlocked.Increment(ref abandons) == 1
                ? throw new IOException("storage unreachable (simulated): abandon")
                : Inner.AbandonTaskActivityWorkItemAsync(workItem);
    }
}
