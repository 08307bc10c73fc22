using Reception.Workflow.Notifications;

namespace Reception.LocalHost.Notifications;

/// <summary>One delivery the sink received.</summary>
internal sealed record SunkDelivery(string Channel, Delivery Delivery, DateTimeOffset At);
