using Azure.Storage.Queues;

namespace Reception.Storage.Queues;

/// <summary>
/// A queue created the first time it is used. A failed creation is tried again on the next use
/// (a cached failed task would fail every later send until the process restarts); a few
/// concurrent first uses may each ask to create it, which is harmless.
/// </summary>
internal sealed class QueueCreatedOnFirstUse(QueueClient queue)
{
    private volatile bool created;

    public async Task<QueueClient> GetAsync(CancellationToken cancellationToken)
    {
        if (!created)
        {
            await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            created = true;
        }

        return queue;
    }
}
