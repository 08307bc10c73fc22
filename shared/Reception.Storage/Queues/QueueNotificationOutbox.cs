using System.Text.Json;
using Azure.Storage.Queues;
using Reception.Storage.Serialization;
using Reception.Workflow.Notifications;

namespace Reception.Storage.Queues;

/// <summary>The outbox on an Azure Queue; the dispatcher sends from it and drops ids it already sent.</summary>
/// <param name="queueName">Configuration <c>Reception:Notifications:QueueName</c>; default <see cref="DefaultQueueName"/>.</param>
public sealed class QueueNotificationOutbox(QueueServiceClient queues, string queueName = QueueNotificationOutbox.DefaultQueueName)
    : WorkQueue(queues, queueName), INotificationOutbox
{
    public const string DefaultQueueName = "reception-notifications";
    public const string QueueNameKey = "Reception:Notifications:QueueName";

    public Task EnqueueAsync(OutgoingNotification notification, CancellationToken cancellationToken) =>
        SendAsync(JsonSerializer.Serialize(notification, StoredJson.Options), cancellationToken);

    /// <summary>A message of this queue, as the dispatchers (queue trigger, local pump) read it.</summary>
    public static OutgoingNotification Parse(string message) =>
        JsonSerializer.Deserialize<OutgoingNotification>(message, StoredJson.Options)
        ?? throw new InvalidOperationException("An outbox message must not be the JSON literal null.");
}
