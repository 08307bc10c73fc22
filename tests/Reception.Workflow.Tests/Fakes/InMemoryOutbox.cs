using System.Collections.Concurrent;
using Reception.Workflow.Notifications;
using Reception.Workflow.Telemetry;

namespace Reception.Workflow.Tests.Fakes;

internal sealed class InMemoryOutbox : INotificationOutbox
{
    public ConcurrentQueue<OutgoingNotification> Sent { get; } = new();

    public Task EnqueueAsync(OutgoingNotification notification, CancellationToken cancellationToken)
    {
        Sent.Enqueue(notification);
        return Task.CompletedTask;
    }

    public Task<QueueDepth> DepthAsync(CancellationToken cancellationToken) => Task.FromResult(new QueueDepth(Sent.Count, 0));

    /// <summary>Nothing is ever poisoned in memory: nothing to move.</summary>
    public Task<int> RequeuePoisonedAsync(int max, CancellationToken cancellationToken) => Task.FromResult(0);
}
