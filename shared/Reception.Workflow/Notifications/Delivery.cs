namespace Reception.Workflow.Notifications;

/// <summary>One message on its way through one channel to one address.</summary>
/// <param name="Id">The notification's deterministic id: receivers de-duplicate by it (Idempotency-Key).</param>
/// <param name="Address">A phone number, an e-mail address, or the appeal's external id at the portal.</param>
public sealed record Delivery(string Id, string Channel, string Address, string Language, string Text);
