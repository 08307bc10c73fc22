using DurableTask.Core;
using Reception.LocalHost;
using Reception.LocalHost.Intake;

namespace Reception.LocalHost.Engine;

/// <summary>
/// The engine's backend with its dispatchers paced while the intake is busy (<see cref="DispatchPace"/>):
/// a dispatcher asking for its next work item waits for its turn first. Everything else passes through.
/// </summary>
/// <remarks>
/// Works around: Azurite's queue service (Azure/Azurite, <c>src/queue/persistence/LokiQueueMetadataStore.ts</c>,
/// <c>getMessages</c>) walks every message of the account on each receive, so a busy engine's
/// control-queue polls starve the intake on one emulator (docs/benchmarks.md). Azure Storage has no
/// such scan and the Functions app runs without this; the threshold is <c>Reception:LocalHost:IntakeBusyPerSecond</c>.
/// The Azure Storage backend still reads ahead of the dispatcher (control-queue messages and their
/// histories, up to its buffer threshold), so a paced engine settles within one buffer's worth of
/// work: that read-ahead stops once the buffer is full.
/// </remarks>
internal sealed class IntakeFirstDispatch(IOrchestrationService inner, DispatchPace orchestrations, DispatchPace activities, TimeProvider clock)
    : OrchestrationServiceDecorator(inner)
{
    public override async Task<TaskOrchestrationWorkItem> LockNextTaskOrchestrationWorkItemAsync(TimeSpan receiveTimeout, CancellationToken cancellationToken)
    {
        await TurnAsync(orchestrations, cancellationToken);
        return await Inner.LockNextTaskOrchestrationWorkItemAsync(receiveTimeout, cancellationToken);
    }

    public override async Task<TaskActivityWorkItem> LockNextTaskActivityWorkItem(TimeSpan receiveTimeout, CancellationToken cancellationToken)
    {
        await TurnAsync(activities, cancellationToken);
        return await Inner.LockNextTaskActivityWorkItem(receiveTimeout, cancellationToken);
    }

    private async Task TurnAsync(DispatchPace pace, CancellationToken cancellationToken)
    {
        // Bounded: a turn comes at least once per BusyDispatchInterval, so this loop ends by then.
        while (pace.BeforeNextWorkItem() is { } wait)
        {
            await Task.Delay(wait, clock, cancellationToken);
        }
    }
}
