using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reception.Domain.Appeals;
using Reception.Workflow.Appeals;
using Reception.Workflow.Ports;

namespace Reception.Workflow.Notifications;

/// <summary>
/// Sends one message of the outbox to the people it is for, through every channel that reaches
/// them: the e-gov personal cabinet for portal appeals, SMS when there is a phone, e-mail when
/// there is an address; staff and the Presidential Administration by e-mail. A message already
/// sent is skipped, so a redelivered queue message is never sent twice.
/// </summary>
/// <remarks>
/// The id goes to every receiver as an idempotency key: if the process dies after sending and
/// before recording, the redelivery repeats the call and the gateway drops the duplicate.
/// </remarks>
public sealed partial class NotificationDispatcher(
    IAppealStore appeals,
    ISentNotifications sent,
    IEnumerable<INotificationChannel> channels,
    IOptions<NotificationOptions> options,
    TimeProvider clock,
    ILogger<NotificationDispatcher> logger)
{
    public async Task DispatchAsync(OutgoingNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (await sent.WasSentAsync(notification.Id, cancellationToken))
        {
            LogDuplicate(logger, notification.Id);
            return;
        }

        List<Delivery> deliveries = await DeliveriesAsync(notification, cancellationToken);
        Dictionary<string, INotificationChannel> byName = channels.ToDictionary(c => c.Name, StringComparer.Ordinal);
        foreach (Delivery delivery in deliveries)
        {
            // Each delivery is recorded as it succeeds: when a later channel fails and the whole
            // message comes back, the channels that already delivered are not used again.
            string deliveryKey = $"{notification.Id}|{delivery.Channel}";
            if (!byName.TryGetValue(delivery.Channel, out INotificationChannel? channel) || await sent.WasSentAsync(deliveryKey, cancellationToken))
            {
                continue;
            }

            await channel.SendAsync(delivery, cancellationToken);
            await sent.MarkSentAsync(deliveryKey, clock.GetUtcNow(), cancellationToken);
        }

        await sent.MarkSentAsync(notification.Id, clock.GetUtcNow(), cancellationToken);
        LogSent(logger, notification.Id, deliveries.Count);
    }

    private async Task<List<Delivery>> DeliveriesAsync(OutgoingNotification n, CancellationToken cancellationToken)
    {
        NotificationOptions o = options.Value;
        if (n.Audience != Activities.AppealStep.Applicant)
        {
            string to = n.Audience switch
            {
                Activities.AppealStep.DepartmentHead => o.DepartmentHeadEmail,
                Activities.AppealStep.Akim => o.AkimEmail,
                _ => o.PresidentialAdministrationEmail,
            };
            return [new Delivery(n.Id, "email", to, n.Language, n.Text)];
        }

        AppealRecord appeal = await appeals.FindAsync(n.AppealId, cancellationToken)
            ?? throw new InvalidOperationException($"Appeal {n.AppealId} of notification {n.Id} is not stored.");
        var deliveries = new List<Delivery>();
        if (appeal.Channel == Channel.Egov)
        {
            deliveries.Add(new Delivery(n.Id, "egov", appeal.Submission.ExternalId, n.Language, n.Text));
        }

        if (appeal.Submission.Applicant.Phone is { } phone)
        {
            deliveries.Add(new Delivery(n.Id, "sms", phone, n.Language, n.Text));
        }

        if (appeal.Submission.Applicant.Email is { } email)
        {
            deliveries.Add(new Delivery(n.Id, "email", email, n.Language, n.Text));
        }

        return deliveries;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Notification {NotificationId} was sent before: skipped")]
    private static partial void LogDuplicate(ILogger logger, string notificationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Notification {NotificationId} sent through {Deliveries} channel(s)")]
    private static partial void LogSent(ILogger logger, string notificationId, int deliveries);
}
