using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reception.Domain;
using Reception.Domain.Appeals;
using Reception.Workflow.Appeals;
using Reception.Workflow.Telemetry;

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
    ILogger<NotificationDispatcher> logger,
    IDocumentReader? documents = null)
{
    private const string EmailChannel = "email";

    public async Task DispatchAsync(OutgoingNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        using Activity? span = ReceptionTelemetry.StartAppealSpan("notification.send " + CamelCaseNames.Of(notification.Kind), notification.AppealId, notification.TraceParent, kind: ActivityKind.Producer);
        span?.SetTag(ReceptionTelemetry.KindTag, CamelCaseNames.Of(notification.Kind));
        if (await sent.WasSentAsync(notification.Id, cancellationToken))
        {
            LogDuplicate(logger, notification.Id);
            return;
        }

        AppealRecord? appeal = notification.Audience == Audience.Applicant
            ? await appeals.FindAsync(notification.AppealId, cancellationToken)
                ?? throw new InvalidOperationException($"Appeal {notification.AppealId} of notification {notification.Id} is not stored.")
            : null;
        if (appeal is not null && IsSuperseded(notification, appeal))
        {
            // A newer slot was recorded after this message's: sending it now (late, after a retry)
            // would tell the applicant an older time after a newer one.
            await sent.MarkSentAsync(notification.Id, clock.GetUtcNow(), cancellationToken);
            LogSuperseded(logger, notification.Id);
            return;
        }

        List<Delivery> deliveries = await WithAttachmentAsync(notification, Deliveries(notification, appeal), cancellationToken);
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
        ReceptionTelemetry.MessagesSent.Add(1, new KeyValuePair<string, object?>(ReceptionTelemetry.KindTag, CamelCaseNames.Of(notification.Kind)));
        LogSent(logger, notification.Id, deliveries.Count);
    }

    // E-mail carries the attached document itself (R25: the report, not a path only the service can open).
    private async Task<List<Delivery>> WithAttachmentAsync(OutgoingNotification notification, List<Delivery> deliveries, CancellationToken cancellationToken)
    {
        if (notification.Attachment is not { } attachment || !deliveries.Any(d => d.Channel == EmailChannel))
        {
            return deliveries;
        }

        string content = (documents is null ? null : await documents.ReadAsync(attachment.Path, cancellationToken))
            ?? throw new InvalidOperationException($"Notification {notification.Id}: the document {attachment.Path} to attach is not stored (yet); the message is retried.");
        var attached = new DeliveryAttachment(attachment.FileName, attachment.ContentType, Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(content)));
        return [.. deliveries.Select(d => d.Channel == EmailChannel ? d with { Attachments = [attached] } : d)];
    }

    /// <summary>Whether a message about the applicant's slot was followed by a newer one on the appeal's record.</summary>
    private static bool IsSuperseded(OutgoingNotification notification, AppealRecord appeal)
    {
        if (notification.Kind is not (NotificationKind.Scheduled or NotificationKind.Rescheduled))
        {
            return false;
        }

        string[] slotKinds = [CamelCaseNames.Of(NotificationKind.Scheduled), CamelCaseNames.Of(NotificationKind.Rescheduled)];
        List<NotificationRecord> slotMessages = [.. appeal.Progress.Notifications.Where(n => slotKinds.Contains(n.Kind))];
        int index = slotMessages.FindIndex(n => n.Id == notification.Id);
        return index >= 0 && index < slotMessages.Count - 1;
    }

    private List<Delivery> Deliveries(OutgoingNotification n, AppealRecord? appeal)
    {
        NotificationOptions o = options.Value;
        if (appeal is null)
        {
            string to = n.Audience switch
            {
                Audience.DepartmentHead => o.DepartmentHeadEmail,
                Audience.Akim => o.AkimEmail,
                Audience.PresidentialAdministration => o.PresidentialAdministrationEmail,
                _ when n.Audience.StartsWith(Audience.EmailPrefix, StringComparison.Ordinal) => n.Audience[Audience.EmailPrefix.Length..],
                _ when o.ParticipantEmails.TryGetValue(n.Audience, out string? participant) => participant,
                _ => throw new InvalidOperationException($"Notification {n.Id}: nobody is configured for the audience '{n.Audience}' (Reception:Notifications:ParticipantEmails)."),
            };
            return [new Delivery(n.Id, EmailChannel, to, n.Language, n.Text)];
        }

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
            deliveries.Add(new Delivery(n.Id, EmailChannel, email, n.Language, n.Text));
        }

        return deliveries;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Notification {NotificationId} was sent before: skipped")]
    private static partial void LogDuplicate(ILogger logger, string notificationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Notification {NotificationId} about an older slot was superseded by a newer one: not sent")]
    private static partial void LogSuperseded(ILogger logger, string notificationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Notification {NotificationId} sent through {Deliveries} channel(s)")]
    private static partial void LogSent(ILogger logger, string notificationId, int deliveries);
}
