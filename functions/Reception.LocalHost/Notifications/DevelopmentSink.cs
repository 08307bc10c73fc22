using System.Collections.Concurrent;
using Reception.Workflow.Notifications;

namespace Reception.LocalHost.Notifications;

/// <summary>
/// Development only: stands in for the e-gov cabinet, the SMS gateway and the e-mail relay, and
/// records every delivery it gets, duplicates included, so tests can see that each message is
/// sent once (<c>GET /api/dev/outbox</c>).
/// </summary>
internal sealed class DevelopmentSink
{
    private readonly ConcurrentQueue<SunkDelivery> deliveries = new();

    public void Record(string channel, Delivery delivery, DateTimeOffset at) => deliveries.Enqueue(new SunkDelivery(channel, delivery, at));

    public IReadOnlyList<SunkDelivery> All => [.. deliveries];
}
