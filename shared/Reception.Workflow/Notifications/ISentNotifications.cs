namespace Reception.Workflow.Notifications;

/// <summary>
/// The ids of messages (and of each message's deliveries, <c>{id}|{channel}</c>) already sent, so
/// that a redelivered queue message is not sent twice through any channel.
/// </summary>
public interface ISentNotifications
{
    Task<bool> WasSentAsync(string notificationId, CancellationToken cancellationToken);

    Task MarkSentAsync(string notificationId, DateTimeOffset at, CancellationToken cancellationToken);
}
