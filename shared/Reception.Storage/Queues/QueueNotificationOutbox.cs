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

    private readonly QueueCreatedOnFirstUse queue = new(queues.GetQueueClient(queueName));

    /// <summary>The queue of messages that kept failing (the Functions runtime's naming: queue name + "-poison").</summary>
    public string PoisonQueueName => queueName + "-poison";

    public QueueClient Queue => queues.GetQueueClient(queueName);

    public QueueClient PoisonQueue => queues.GetQueueClient(PoisonQueueName);

    public async Task<QueueDepth> DepthAsync(CancellationToken cancellationToken) =>
        new(await QueueCounts.ApproximateAsync(Queue, cancellationToken), await QueueCounts.ApproximateAsync(PoisonQueue, cancellationToken));

    public async Task EnqueueAsync(OutgoingNotification notification, CancellationToken cancellationToken)
    {
        QueueClient client = await queue.GetAsync(cancellationToken);
        await client.SendMessageAsync(JsonSerializer.Serialize(notification, ReceptionJson.Options), cancellationToken);
    }
}
