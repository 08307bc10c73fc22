using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace Reception.LocalHost.Queues;

/// <summary>
/// The local host's counterpart of a Functions queue trigger: takes messages in batches (16 unless the service says otherwise),
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

    /// <summary>Asked before each receive: null to receive now, or how long to wait first (the starter holds during intake bursts).</summary>
    protected virtual TimeSpan? HoldBeforeReceive() => null;

    /// <summary>Messages one receive takes (at most 32, the queue service's limit).</summary>
    protected virtual int MessagesPerReceive() => 16;

    /// <returns>True when the message is done with; false to have it back later.</returns>
    protected abstract Task<bool> HandleAsync(QueueMessage message, CancellationToken cancellationToken);

    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        TimeSpan backoff = TimeSpan.Zero;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!queueExists)
                {
                    await Queue.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
                    queueExists = true;
                }

                if (HoldBeforeReceive() is { } hold)
                {
                    await Task.Delay(hold, stoppingToken);
                    continue;
                }

                QueueMessage[] messages = (await Queue.ReceiveMessagesAsync(MessagesPerReceive(), Visibility, stoppingToken)).Value;
                backoff = TimeSpan.Zero;
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
            catch (Exception ex)
            {
                // Never end the host: a storage outage is weather. Back off (1 s, doubling, at most
                // 15 s) and resume by itself when storage answers again.
                backoff = backoff == TimeSpan.Zero ? TimeSpan.FromSeconds(1) : TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
                LogQueueUnavailable(logger, Queue.Name, backoff.TotalSeconds, ex);
                try
                {
                    await Task.Delay(backoff, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    // A message that fails in any way (storage down, a timeout, a bug) stays in the queue and
    // comes back after its visibility timeout; only the host's own shutdown ends the work.
    private async Task TakeAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        try
        {
            if (message.DequeueCount > MaxAttempts)
            {
                await PoisonQueue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
                await PoisonQueue.SendMessageAsync(message.Body, cancellationToken: cancellationToken);
                await Queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
                LogPoisoned(logger, Queue.Name, message.MessageId, message.DequeueCount - 1);
                return;
            }

            if (await HandleAsync(message, cancellationToken))
            {
                await Queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, Queue.Name, message.MessageId, message.DequeueCount, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageId} of {Queue} failed on attempt {Attempt}; it will be retried")]
    private static partial void LogFailed(ILogger logger, string queue, string messageId, long attempt, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Message {MessageId} of {Queue} failed {Attempts} times and went to the poison queue")]
    private static partial void LogPoisoned(ILogger logger, string queue, string messageId, long attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The queue {Queue} is not reachable; trying again in {Seconds} s")]
    private static partial void LogQueueUnavailable(ILogger logger, string queue, double seconds, Exception exception);
}
