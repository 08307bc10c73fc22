using DurableTask.Core;
using DurableTask.Core.History;
using Reception.LocalHost;

namespace Reception.LocalHost.Engine;

/// <summary>
/// The engine the local sidecar dispatches from, with one rule of DurableTask.Core's own
/// dispatcher that the sidecar lacks: an <see cref="ExecutionStartedEvent"/> for an instance
/// whose history already has one is a duplicate, and is dropped.
/// </summary>
/// <remarks>
/// Works around: the sidecar's dispatcher (microsoft/durabletask-dotnet, package
/// Microsoft.DurableTask.InProcessTestHost, <c>src/InProcessTestHost/Sidecar</c>) lacks the duplicate-start
/// rule of DurableTask.Core's <c>TaskOrchestrationDispatcher</c> (Azure/durabletask,
/// <c>src/DurableTask.Core/TaskOrchestrationDispatcher.cs</c>). Not needed in Azure, where the
/// Durable Functions extension runs DurableTask.Core's dispatcher itself.
/// The Azure Storage backend writes an episode's history, then deletes the messages it handled.
/// A host killed between the two leaves the start message in the control queue; it comes back
/// after the visibility timeout, for the same execution, and the sidecar appended it to a history
/// that already began: "Multiple ExecutionStartedEvent found", on every retry, for ever (found by
/// the fault suite's SIGKILLs). History is loaded for the message's own execution, so a start
/// seen twice here is the same start redelivered. A dropped message is still deleted with its
/// batch when the episode completes, which also frees an instance stuck this way before.
/// Everything else is passed through unchanged.
/// </remarks>
internal sealed partial class DuplicateStartFilter(IOrchestrationService inner, ILogger<DuplicateStartFilter> logger) : OrchestrationServiceDecorator(inner)
{
    public override async Task<TaskOrchestrationWorkItem> LockNextTaskOrchestrationWorkItemAsync(TimeSpan receiveTimeout, CancellationToken cancellationToken)
    {
        TaskOrchestrationWorkItem workItem = await Inner.LockNextTaskOrchestrationWorkItemAsync(receiveTimeout, cancellationToken);
        if (workItem?.NewMessages is not { Count: > 0 } messages)
        {
            return workItem!;
        }

        bool started = workItem.OrchestrationRuntimeState?.ExecutionStartedEvent is not null;
        var kept = new List<TaskMessage>(messages.Count);
        foreach (TaskMessage message in messages)
        {
            if (message.Event is ExecutionStartedEvent)
            {
                if (started)
                {
                    LogDropped(logger, workItem.InstanceId, message.OrchestrationInstance?.ExecutionId);
                    continue;
                }

                started = true;
            }

            kept.Add(message);
        }

        if (kept.Count != messages.Count)
        {
            workItem.NewMessages = kept;
        }

        return workItem;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped a duplicate start of {InstanceId} (execution {ExecutionId}): it came again after its start was recorded")]
    private static partial void LogDropped(ILogger logger, string instanceId, string? executionId);
}
