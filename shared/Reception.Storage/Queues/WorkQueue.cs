using Azure.Storage.Queues;
using Reception.Workflow.Ports;

namespace Reception.Storage.Queues;

/// <summary>
/// An Azure Queue of work and its poison queue (the Functions runtime's naming: queue name +
/// "-poison"), where messages that kept failing rest for a person to look at.
/// </summary>
public abstract class WorkQueue(QueueServiceClient queues, string queueName)
{
    // Created on the first send; a failed creation is tried again by the next send (a few
    // concurrent first sends may each ask, which is harmless).
    private volatile bool created;

    public QueueClient Queue { get; } = queues.GetQueueClient(queueName);

    public QueueClient PoisonQueue { get; } = queues.GetQueueClient(queueName + "-poison");

    /// <summary>Messages waiting (hidden ones included) and poisoned ones.</summary>
    public async Task<QueueDepth> DepthAsync(CancellationToken cancellationToken) =>
        new(await CountAsync(Queue, cancellationToken), await CountAsync(PoisonQueue, cancellationToken));

    protected async Task SendAsync(string message, CancellationToken cancellationToken)
    {
        if (!created)
        {
            await Queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            created = true;
        }

        await Queue.SendMessageAsync(message, cancellationToken);
    }

    private static async Task<int> CountAsync(QueueClient queue, CancellationToken cancellationToken) =>
        await queue.ExistsAsync(cancellationToken) ? (await queue.GetPropertiesAsync(cancellationToken)).Value.ApproximateMessagesCount : 0;
}
