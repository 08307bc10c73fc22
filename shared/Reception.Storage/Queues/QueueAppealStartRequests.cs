using Azure.Storage.Queues;
using Reception.Workflow.Intake;

namespace Reception.Storage.Queues;

/// <summary>
/// Start requests on an Azure Queue; a message is appeal ids (<see cref="StartRequestMessage"/>),
/// nothing personal. Requests of appeals that arrive together share one message (group commit):
/// during a burst intake costs the emulator or the account about one queue write per
/// <see cref="StartRequestMessage.MaxIds"/> appeals instead of one per appeal.
/// </summary>
public sealed class QueueAppealStartRequests : WorkQueue, IAppealStartRequests
{
    public const string DefaultQueueName = "reception-appeal-starts";
    public const string QueueNameKey = "Reception:Workflow:StartQueueName";

    // Well past a healthy send (milliseconds) and inside the SDK's own retries of a brief fault;
    // the intake request that waits has its own, shorter deadline and answers 503 by then.
    private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(30);

    private readonly GroupCommit<string> sends;

    /// <param name="queues">The account's queue service.</param>
    /// <param name="queueName">Configuration <c>Reception:Workflow:StartQueueName</c>; default <see cref="DefaultQueueName"/>.</param>
    public QueueAppealStartRequests(QueueServiceClient queues, string queueName = DefaultQueueName)
        : base(queues, queueName)
    {
        sends = new GroupCommit<string>((ids, cancellationToken) => SendAsync(StartRequestMessage.Format(ids), cancellationToken), StartRequestMessage.MaxIds, SendTimeout);
    }

    public Task RequestStartAsync(string appealId, CancellationToken cancellationToken) => sends.AddAsync(appealId, cancellationToken);
}
