namespace Reception.Workflow.Notifications;

/// <summary>A way to reach people: the e-gov personal cabinet, SMS, e-mail (typed HTTP clients).</summary>
public interface INotificationChannel
{
    /// <summary><c>egov</c>, <c>sms</c> or <c>email</c>.</summary>
    string Name { get; }

    Task SendAsync(Delivery delivery, CancellationToken cancellationToken);
}
