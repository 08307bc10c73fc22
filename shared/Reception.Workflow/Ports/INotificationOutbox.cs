using Reception.Workflow.Notifications;

namespace Reception.Workflow.Ports;

/// <summary>The outbox of messages: a queue the dispatcher sends from (Azure Queues in both hosts).</summary>
public interface INotificationOutbox
{
    Task EnqueueAsync(OutgoingNotification notification, CancellationToken cancellationToken);

    /// <summary>How many messages wait to be sent, and how many failed for good (the poison queue).</summary>
    Task<OutboxDepth> DepthAsync(CancellationToken cancellationToken);
}

/// <summary>The outbox's backlog and its poisoned messages.</summary>
public sealed record OutboxDepth(int Queued, int Poisoned);
