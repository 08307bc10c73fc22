using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Reception.Storage.Queues;
using Reception.Workflow.Appeals.Starting;

namespace Reception.Functions.Intake;

/// <summary>
/// Starts the workflow of each appeal intake stored (one queue message names one or more appeal ids: <see cref="Reception.Workflow.Intake.StartRequestMessage"/>). A request
/// whose appeal is not stored yet fails and comes back after the queue's visibility timeout
/// (host.json: 30 s); after <see cref="AppealStarter.NotStoredTries"/> it is dropped. A start the
/// engine keeps refusing rests in <c>reception-appeal-starts-poison</c>, counted by /api/health.
/// </summary>
public sealed partial class AppealStartFunctions(AppealStarter starter, ILogger<AppealStartFunctions> logger)
{
    [Function("StartAppealWorkflow")]
    public async Task Start(
        [QueueTrigger(QueueAppealStartRequests.DefaultQueueName, Connection = "AzureWebJobsStorage")] QueueMessage message,
        [DurableClient] DurableTaskClient workflows,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        IReadOnlyList<string> notStored = await starter.StartEachAsync(message.MessageText, workflows, cancellationToken);
        if (notStored.Count == 0)
        {
            return;
        }

        if (message.DequeueCount >= AppealStarter.NotStoredTries)
        {
            foreach (string appealId in notStored)
            {
                LogDropped(logger, appealId, message.DequeueCount);
            }

            return;
        }

        // The ones started meanwhile find their instance when the message comes back.
        throw new InvalidOperationException($"Appeal(s) {string.Join(", ", notStored)} not stored (yet): the start request will come back.");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Start request for appeal {AppealId} dropped after {Tries} tries: the appeal was never stored")]
    private static partial void LogDropped(ILogger logger, string appealId, long tries);
}
