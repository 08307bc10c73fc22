using Reception.Workflow.Notifications;

namespace Reception.Workflow.Ports;

/// <summary>The outbox of messages: a queue the dispatcher sends from (Azure Queues in both hosts).</summary>
public interface INotificationOutbox
{
    Task EnqueueAsync(OutgoingNotification notification, CancellationToken cancellationToken);

    /// <summary>How many messages wait to be sent, and how many failed for good (the poison queue).</summary>
    Task<QueueDepth> DepthAsync(CancellationToken cancellationToken);
}

/// <summary>A queue's backlog and its poisoned messages (those that failed for good).</summary>
public sealed record QueueDepth(int Queued, int Poisoned);
