namespace Reception.Workflow.Ports;

/// <summary>The ids of messages already sent, so that a redelivered queue message is not sent twice.</summary>
public interface ISentNotifications
{
    Task<bool> WasSentAsync(string notificationId, CancellationToken cancellationToken);

    Task MarkSentAsync(string notificationId, DateTimeOffset at, CancellationToken cancellationToken);
}
