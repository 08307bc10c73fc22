using System.Text.Json;
using Azure.Storage.Queues;
using Reception.Workflow.Http;
using Reception.Workflow.Notifications;
using Reception.Workflow.Ports;

namespace Reception.Storage.Queues;

/// <summary>The outbox on an Azure Queue; the dispatcher sends from it and drops ids it already sent.</summary>
/// <param name="queueName">Configuration <c>Reception:Notifications:QueueName</c>; default <see cref="DefaultQueueName"/>.</param>
public sealed class QueueNotificationOutbox(QueueServiceClient queues, string queueName = QueueNotificationOutbox.DefaultQueueName) : INotificationOutbox
{
    public const string DefaultQueueName = "reception-notifications";
    public const string QueueNameKey = "Reception:Notifications:QueueName";

    private readonly Lazy<Task<QueueClient>> queue = new(async () =>
    {
        QueueClient client = queues.GetQueueClient(queueName);
        await client.CreateIfNotExistsAsync();
        return client;
    });

    public async Task EnqueueAsync(OutgoingNotification notification, CancellationToken cancellationToken)
    {
        QueueClient client = await queue.Value;
        await client.SendMessageAsync(JsonSerializer.Serialize(notification, ReceptionJson.Options), cancellationToken);
    }
}
