using Microsoft.Azure.Functions.Worker;
using Reception.Storage.Queues;
using Reception.Workflow.Notifications;

namespace Reception.Functions.Notifications;

/// <summary>
/// Sends the outbox: one invocation per queue message. The runtime retries a failing message and
/// moves it to <c>reception-notifications-poison</c> after its maxDequeueCount (host.json).
/// </summary>
public sealed class NotificationFunctions(NotificationDispatcher dispatcher)
{
    [Function("DispatchNotification")]
    public Task Dispatch(
        [QueueTrigger(QueueNotificationOutbox.DefaultQueueName, Connection = "AzureWebJobsStorage")] string message,
        CancellationToken cancellationToken) =>
        dispatcher.DispatchAsync(QueueNotificationOutbox.Parse(message), cancellationToken);
}
