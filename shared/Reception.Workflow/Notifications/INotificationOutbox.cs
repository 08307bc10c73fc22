using Reception.Workflow.Telemetry;

namespace Reception.Workflow.Notifications;

/// <summary>The outbox of messages: a queue the dispatcher sends from (Azure Queues in both hosts).</summary>
public interface INotificationOutbox
{
    Task EnqueueAsync(OutgoingNotification notification, CancellationToken cancellationToken);

    /// <summary>How many messages wait to be sent, and how many failed for good (the poison queue).</summary>
    Task<QueueDepth> DepthAsync(CancellationToken cancellationToken);

    /// <summary>Moves up to <paramref name="max"/> poisoned messages back to be sent again (once the cause is fixed); returns how many.</summary>
    Task<int> RequeuePoisonedAsync(int max, CancellationToken cancellationToken);
}
