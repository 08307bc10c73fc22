using Azure.Storage.Queues;
using Reception.Workflow.Ports;

namespace Reception.Storage.Queues;

/// <summary>Start requests on an Azure Queue; a message is the appeal id, nothing personal.</summary>
/// <param name="queueName">Configuration <c>Reception:Workflow:StartQueueName</c>; default <see cref="DefaultQueueName"/>.</param>
public sealed class QueueAppealStartRequests(QueueServiceClient queues, string queueName = QueueAppealStartRequests.DefaultQueueName) : IAppealStartRequests
{
    public const string DefaultQueueName = "reception-appeal-starts";
    public const string QueueNameKey = "Reception:Workflow:StartQueueName";

    private readonly QueueCreatedOnFirstUse queue = new(queues.GetQueueClient(queueName));

    public QueueClient Queue => queues.GetQueueClient(queueName);

    /// <summary>Requests whose appeal never appeared (the Functions runtime's naming: queue name + "-poison").</summary>
    public QueueClient PoisonQueue => queues.GetQueueClient(queueName + "-poison");

    public async Task<QueueDepth> DepthAsync(CancellationToken cancellationToken) =>
        new(await QueueCounts.ApproximateAsync(Queue, cancellationToken), await QueueCounts.ApproximateAsync(PoisonQueue, cancellationToken));

    public async Task RequestStartAsync(string appealId, CancellationToken cancellationToken)
    {
        QueueClient client = await queue.GetAsync(cancellationToken);
        await client.SendMessageAsync(appealId, cancellationToken);
    }
}
