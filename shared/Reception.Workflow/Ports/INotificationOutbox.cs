using Reception.Workflow.Notifications;

namespace Reception.Workflow.Ports;

/// <summary>The outbox of messages: a queue the dispatcher sends from (Azure Queues in both hosts).</summary>
public interface INotificationOutbox
{
    Task EnqueueAsync(OutgoingNotification notification, CancellationToken cancellationToken);
}
