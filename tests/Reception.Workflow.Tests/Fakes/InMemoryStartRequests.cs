using System.Collections.Concurrent;
using Reception.Workflow.Intake;
using Reception.Workflow.Telemetry;

namespace Reception.Workflow.Tests.Fakes;

/// <summary>
/// Start requests in memory: each is recorded and, when <see cref="Starter"/> is set, handed to it
/// in the background (as the queue consumer would), leaving the intake that asked free to go on.
/// </summary>
internal sealed class InMemoryStartRequests : IAppealStartRequests
{
    public ConcurrentQueue<string> Requested { get; } = new();

    public Func<string, Task>? Starter { get; set; }

    public Task RequestStartAsync(string appealId, CancellationToken cancellationToken)
    {
        Requested.Enqueue(appealId);
        if (Starter is { } start)
        {
            _ = Task.Run(() => start(appealId), CancellationToken.None);
        }

        return Task.CompletedTask;
    }

    public Task<QueueDepth> DepthAsync(CancellationToken cancellationToken) => Task.FromResult(new QueueDepth(Requested.Count, 0));

    /// <summary>Nothing is ever poisoned in memory: nothing to move.</summary>
    public Task<int> RequeuePoisonedAsync(int max, CancellationToken cancellationToken) => Task.FromResult(0);
}
