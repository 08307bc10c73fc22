using Reception.Workflow.Telemetry;

namespace Reception.Workflow.Intake;

/// <summary>
/// Requests to start an appeal's workflow, kept durably (an Azure Queue) until a starter has
/// started it. Intake only leaves the request, so taking an appeal in costs two storage writes
/// at most (requests of appeals arriving together share a message: <see cref="StartRequestMessage"/>)
/// and never waits for the workflow engine; a request may come more than once (the start is
/// idempotent), and may come before its appeal is stored (the starter tries again later).
/// </summary>
public interface IAppealStartRequests
{
    Task RequestStartAsync(string appealId, CancellationToken cancellationToken);

    /// <summary>Requests waiting, and requests whose start kept failing (the poison queue).</summary>
    Task<QueueDepth> DepthAsync(CancellationToken cancellationToken);

    /// <summary>Moves up to <paramref name="max"/> poisoned requests back to be started again (once the cause is fixed); returns how many.</summary>
    Task<int> RequeuePoisonedAsync(int max, CancellationToken cancellationToken);
}
