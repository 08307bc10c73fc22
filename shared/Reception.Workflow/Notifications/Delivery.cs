namespace Reception.Workflow.Notifications;

/// <summary>One message on its way through one channel to one address.</summary>
/// <param name="Id">The notification's deterministic id: receivers de-duplicate by it (Idempotency-Key).</param>
/// <param name="Address">A phone number, an e-mail address, or the appeal's external id at the portal.</param>
public sealed record Delivery(string Id, string Channel, string Address, string Language, string Text)
{
    /// <summary>Documents sent with an e-mail (base64 content), e.g. the quarterly report (R25).</summary>
    public IReadOnlyList<DeliveryAttachment> Attachments { get; init; } = [];
}

/// <summary>One attached document as the e-mail relay receives it.</summary>
public sealed record DeliveryAttachment(string FileName, string ContentType, string ContentBase64);
