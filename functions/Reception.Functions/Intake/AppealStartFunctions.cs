using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Reception.Storage.Queues;
using Reception.Workflow.Intake;

namespace Reception.Functions.Intake;

/// <summary>
/// Starts the workflow of each appeal intake stored (one queue message = one appeal id). A request
/// whose appeal is not stored fails, comes back after the queue's visibility timeout (host.json:
/// 30 s) and, after maxDequeueCount tries, rests in <c>reception-appeal-starts-poison</c>.
/// </summary>
public sealed class AppealStartFunctions(AppealStarter starter)
{
    [Function("StartAppealWorkflow")]
    public async Task Start(
        [QueueTrigger(QueueAppealStartRequests.DefaultQueueName, Connection = "AzureWebJobsStorage")] string appealId,
        [DurableClient] DurableTaskClient workflows,
        CancellationToken cancellationToken)
    {
        if (await starter.StartAsync(appealId, workflows, cancellationToken) == StartOutcome.AppealNotStored)
        {
            throw new InvalidOperationException($"Appeal {appealId} is not stored (yet): its start request will come back.");
        }
    }
}
