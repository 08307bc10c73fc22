using Azure.Storage.Queues;
using Reception.Workflow.Telemetry;

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

    /// <summary>
    /// Moves up to <paramref name="max"/> poisoned messages back to the work queue, each sent before
    /// it is deleted from the poison queue: a crash in between leaves it in both, and the consumers
    /// drop the repeat (the dispatcher's sent ledger, the starter's instance id), so nothing is lost
    /// or done twice.
    /// </summary>
    public async Task<int> RequeuePoisonedAsync(int max, CancellationToken cancellationToken)
    {
        if (!await PoisonQueue.ExistsAsync(cancellationToken))
        {
            return 0;
        }

        await Queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        int moved = 0;
        while (moved < max)
        {
            Azure.Storage.Queues.Models.QueueMessage[] batch = (await PoisonQueue.ReceiveMessagesAsync(
                Math.Min(32, max - moved), TimeSpan.FromMinutes(1), cancellationToken)).Value;
            if (batch.Length == 0)
            {
                break;
            }

            foreach (Azure.Storage.Queues.Models.QueueMessage message in batch)
            {
                await Queue.SendMessageAsync(message.Body, cancellationToken: cancellationToken);
                await PoisonQueue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
                moved++;
            }
        }

        return moved;
    }

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
