using Azure.Storage.Queues;

namespace Reception.Storage.Queues;

internal static class QueueCounts
{
    /// <summary>The queue's approximate message count (hidden messages included); 0 while it does not exist.</summary>
    public static async Task<int> ApproximateAsync(QueueClient queue, CancellationToken cancellationToken) =>
        await queue.ExistsAsync(cancellationToken) ? (await queue.GetPropertiesAsync(cancellationToken)).Value.ApproximateMessagesCount : 0;
}
