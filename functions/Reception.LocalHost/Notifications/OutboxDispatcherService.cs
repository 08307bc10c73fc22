using System.Text.Json;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Options;
using Reception.Storage.Queues;
using Reception.Workflow.Http;
using Reception.Workflow.Notifications;

namespace Reception.LocalHost.Notifications;

/// <summary>
/// The local host's counterpart of the Functions queue trigger: takes messages from the outbox
/// queue and dispatches them. A message that fails stays on the queue and comes back after its
/// visibility timeout; after <see cref="NotificationOptions.MaxAttempts"/> it goes to the poison
/// queue, visible at <c>GET /api/health</c>.
/// </summary>
internal sealed partial class OutboxDispatcherService(
    QueueNotificationOutbox outbox, NotificationDispatcher dispatcher, IOptions<NotificationOptions> options, ILogger<OutboxDispatcherService> logger)
    : BackgroundService
{
    private static readonly TimeSpan Visibility = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan IdleDelay = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await outbox.Queue.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
                QueueMessage[] messages = (await outbox.Queue.ReceiveMessagesAsync(16, Visibility, stoppingToken)).Value;
                await Task.WhenAll(messages.Select(m => HandleAsync(m, stoppingToken)));
                if (messages.Length == 0)
                {
                    await Task.Delay(IdleDelay, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is Azure.RequestFailedException or HttpRequestException)
            {
                LogQueueUnavailable(logger, ex);
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
    }

    private async Task HandleAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        if (message.DequeueCount > options.Value.MaxAttempts)
        {
            await outbox.PoisonQueue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            await outbox.PoisonQueue.SendMessageAsync(message.Body, cancellationToken: cancellationToken);
            await outbox.Queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
            LogPoisoned(logger, message.MessageId, message.DequeueCount);
            return;
        }

        try
        {
            OutgoingNotification notification = JsonSerializer.Deserialize<OutgoingNotification>(message.Body, ReceptionJson.Options)!;
            await dispatcher.DispatchAsync(notification, cancellationToken);
            await outbox.Queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, message.MessageId, message.DequeueCount, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} failed on attempt {Attempt}; it will be retried")]
    private static partial void LogFailed(ILogger logger, string messageId, long attempt, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {MessageId} failed {Attempts} times and went to the poison queue")]
    private static partial void LogPoisoned(ILogger logger, string messageId, long attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The outbox queue is not reachable")]
    private static partial void LogQueueUnavailable(ILogger logger, Exception exception);
}
