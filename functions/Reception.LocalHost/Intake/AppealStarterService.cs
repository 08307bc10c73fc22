using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.DurableTask.Client;
using Reception.LocalHost.Queues;
using Reception.Storage.Queues;
using Reception.Workflow.Appeals.Starting;

namespace Reception.LocalHost.Intake;

/// <summary>
/// Starts the workflows intake asked for, as the Functions queue trigger <c>StartAppealWorkflow</c>
/// does. Runs where workflows run: an intake-only node leaves its requests to the workflow nodes.
/// A message names one or more appeals (<see cref="Reception.Workflow.Intake.StartRequestMessage"/>).
/// A request whose appeal never appears is dropped after <see cref="AppealStarter.NotStoredTries"/>
/// tries; a start the engine keeps refusing goes to the poison queue, counted by /api/health.
/// During an intake burst it holds back (<see cref="StartHold"/>).
/// </summary>
internal sealed class AppealStarterService(
    QueueAppealStartRequests requests, AppealStarter starter, DurableTaskClient workflows, StartHold hold, ILogger<AppealStarterService> logger)
    : QueuePumpService(logger)
{
    protected override QueueClient Queue => requests.Queue;

    protected override QueueClient PoisonQueue => requests.PoisonQueue;

    protected override int MaxAttempts => 5;

    // A start takes well under this; if one takes longer, the request comes again and finds the instance.
    protected override TimeSpan Visibility => TimeSpan.FromSeconds(10);

    protected override TimeSpan? HoldBeforeReceive() => hold.BeforeNextBatch();

    protected override int MessagesPerReceive() => hold.MessagesPerBatch();

    // A message may name several appeals (intake groups the requests of a burst): it is done when
    // all are started, or when the missing ones have had their tries.
    protected override async Task<bool> HandleAsync(QueueMessage message, CancellationToken cancellationToken) =>
        (await starter.StartEachAsync(message.Body.ToString(), workflows, cancellationToken)).Count == 0
        || message.DequeueCount >= AppealStarter.NotStoredTries;
}
