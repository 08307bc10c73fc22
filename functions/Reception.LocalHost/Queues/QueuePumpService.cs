using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace Reception.LocalHost.Queues;

/// <summary>
/// The local host's counterpart of a Functions queue trigger: takes messages in batches of 16,
/// handles them concurrently, deletes the handled ones. A message that fails, or asks to come
/// back, reappears after <see cref="Visibility"/>; after <see cref="MaxAttempts"/> attempts it
/// moves to the poison queue, as the Functions runtime does with maxDequeueCount.
/// </summary>
internal abstract partial class QueuePumpService(ILogger logger) : BackgroundService
{
    private static readonly TimeSpan IdleDelay = TimeSpan.FromMilliseconds(500);
    private bool queueExists;

    protected abstract QueueClient Queue { get; }

    protected abstract QueueClient PoisonQueue { get; }

    protected abstract int MaxAttempts { get; }

    /// <summary>How long a taken message stays hidden: the time to handle it, and the wait before a retry.</summary>
    protected abstract TimeSpan Visibility { get; }

    /// <returns>True when the message is done with; false to have it back later.</returns>
    protected abstract Task<bool> HandleAsync(QueueMessage message, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!queueExists)
                {
                    await Queue.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
                    queueExists = true;
                }

                QueueMessage[] messages = (await Queue.ReceiveMessagesAsync(16, Visibility, stoppingToken)).Value;
                await Task.WhenAll(messages.Select(m => TakeAsync(m, stoppingToken)));
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
                LogQueueUnavailable(logger, Queue.Name, ex);
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
    }

    private async Task TakeAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        if (message.DequeueCount > MaxAttempts)
        {
            await PoisonQueue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            await PoisonQueue.SendMessageAsync(message.Body, cancellationToken: cancellationToken);
            await Queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
            LogPoisoned(logger, Queue.Name, message.MessageId, message.DequeueCount - 1);
            return;
        }

        try
        {
            if (await HandleAsync(message, cancellationToken))
            {
                await Queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, Queue.Name, message.MessageId, message.DequeueCount, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageId} of {Queue} failed on attempt {Attempt}; it will be retried")]
    private static partial void LogFailed(ILogger logger, string queue, string messageId, long attempt, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Message {MessageId} of {Queue} failed {Attempts} times and went to the poison queue")]
    private static partial void LogPoisoned(ILogger logger, string queue, string messageId, long attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The queue {Queue} is not reachable")]
    private static partial void LogQueueUnavailable(ILogger logger, string queue, Exception exception);
}
