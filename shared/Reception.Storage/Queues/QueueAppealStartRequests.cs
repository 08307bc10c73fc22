using Azure.Storage.Queues;
using Reception.Workflow.Ports;

namespace Reception.Storage.Queues;

/// <summary>Start requests on an Azure Queue; a message is the appeal id, nothing personal.</summary>
/// <param name="queueName">Configuration <c>Reception:Workflow:StartQueueName</c>; default <see cref="DefaultQueueName"/>.</param>
public sealed class QueueAppealStartRequests(QueueServiceClient queues, string queueName = QueueAppealStartRequests.DefaultQueueName)
    : WorkQueue(queues, queueName), IAppealStartRequests
{
    public const string DefaultQueueName = "reception-appeal-starts";
    public const string QueueNameKey = "Reception:Workflow:StartQueueName";

    public Task RequestStartAsync(string appealId, CancellationToken cancellationToken) => SendAsync(appealId, cancellationToken);
}
