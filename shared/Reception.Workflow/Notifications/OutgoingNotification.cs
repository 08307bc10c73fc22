namespace Reception.Workflow.Notifications;

/// <summary>
/// A message put on the outbox queue. Its id is deterministic (appeal + step), so a redelivered
/// or re-enqueued message is recognised and sent once. No personal data beyond the text itself:
/// the dispatcher looks the contacts up by appeal id.
/// </summary>
/// <param name="Audience">applicant, departmentHead or presidentialAdministration.</param>
public sealed record OutgoingNotification(string Id, string AppealId, NotificationKind Kind, string Language, string Audience, string Text)
{
    /// <summary>The W3C trace context of the step that queued it: sending it continues the appeal's trace.</summary>
    public string? TraceParent { get; init; }

    /// <summary>A published document sent with the message (the quarterly report, R25): e-mail attaches it.</summary>
    public NotificationAttachment? Attachment { get; init; }
}

/// <summary>A document of the document store to attach: its path there, and its name and type for the recipient.</summary>
public sealed record NotificationAttachment(string Path, string FileName, string ContentType);
