using DurableTask.Core;
using Reception.LocalHost;

namespace Reception.LocalHost.Engine;

/// <summary>
/// An activity work item that could not be abandoned is forgotten by the backend all the same, so
/// that its message runs again when it comes back.
/// </summary>
/// <remarks>
/// Works around: Microsoft.Azure.DurableTask.AzureStorage 2.11 (Azure/durabletask,
/// <c>src/DurableTask.AzureStorage/AzureStorageOrchestrationService.cs</c>) removes a work item from
/// <c>activeActivitySessions</c> only after <c>CompleteTaskActivityWorkItemAsync</c> or
/// <c>AbandonTaskActivityWorkItemAsync</c> has made its storage call successfully.
/// Found by the fault suite's storage outage (<c>scripts/faults.sh</c>: 1–3 appeals of 200 stuck for
/// good, their slot never told). An activity in flight when storage goes away fails; the dispatcher
/// abandons its work item, and that storage call fails too. The Azure Storage backend (2.11) then
/// keeps the work item's entry in its table of activities in progress, and when the message
/// becomes visible again and is taken, it finds the entry and refuses the message ("is being
/// processed multiple times concurrently"), on every delivery, until the process restarts.
/// Dropping the entry when the abandon fails lets the next delivery run the activity (every step is
/// recorded once by its key, so running it again repeats nothing).
/// </remarks>
internal sealed partial class AbandonedActivityRelease(IOrchestrationService inner, BackendActivitySessions sessions, ILogger<AbandonedActivityRelease> logger)
    : OrchestrationServiceDecorator(inner)
{
    public override async Task AbandonTaskActivityWorkItemAsync(TaskActivityWorkItem workItem)
    {
        ArgumentNullException.ThrowIfNull(workItem);
        try
        {
            await Inner.AbandonTaskActivityWorkItemAsync(workItem);
        }
        catch (Exception ex)
        {
            if (sessions.Forget(workItem.Id))
            {
                LogForgotten(logger, workItem.Id, workItem.TaskMessage?.OrchestrationInstance?.InstanceId, ex.GetType().Name);
            }

            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Activity work item {WorkItemId} of {InstanceId} could not be abandoned ({Error}); released, so its message runs again when it comes back")]
    private static partial void LogForgotten(ILogger logger, string workItemId, string? instanceId, string error);
}
