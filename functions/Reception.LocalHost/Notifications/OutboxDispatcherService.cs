using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Options;
using Reception.LocalHost.Queues;
using Reception.Storage.Queues;
using Reception.Workflow.Notifications;

namespace Reception.LocalHost.Notifications;

/// <summary>
/// Sends the outbox, as the Functions queue trigger does: after
/// <see cref="NotificationOptions.MaxAttempts"/> failures a message goes to the poison queue,
/// visible at <c>GET /api/health</c>.
/// </summary>
internal sealed class OutboxDispatcherService(
    QueueNotificationOutbox outbox, NotificationDispatcher dispatcher, IOptions<NotificationOptions> options, ILogger<OutboxDispatcherService> logger)
    : QueuePumpService(logger)
{
    protected override QueueClient Queue => outbox.Queue;

    protected override QueueClient PoisonQueue => outbox.PoisonQueue;

    protected override int MaxAttempts => options.Value.MaxAttempts;

    protected override TimeSpan Visibility => TimeSpan.FromSeconds(30);

    protected override async Task<bool> HandleAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        OutgoingNotification notification = QueueNotificationOutbox.Parse(message.Body.ToString());
        await dispatcher.DispatchAsync(notification, cancellationToken);
        return true;
    }
}
