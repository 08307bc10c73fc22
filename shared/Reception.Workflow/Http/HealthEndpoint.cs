using Microsoft.AspNetCore.Http;
using Reception.Workflow.Ports;

namespace Reception.Workflow.Http;

/// <summary>
/// <c>GET /api/health</c> (no key): whether messages and workflow starts are flowing. Poisoned
/// messages and poisoned start requests need a person: the first are messages nobody received,
/// the second appeals whose workflow did not start.
/// </summary>
public sealed class HealthEndpoint(INotificationOutbox outbox, IAppealStartRequests starts)
{
    public async Task<IResult> GetAsync(CancellationToken cancellationToken)
    {
        QueueDepth messages = await outbox.DepthAsync(cancellationToken);
        QueueDepth startRequests = await starts.DepthAsync(cancellationToken);
        bool healthy = messages.Poisoned == 0 && startRequests.Poisoned == 0;
        return Results.Json(
            new HealthView(healthy ? "healthy" : "degraded", messages.Queued, messages.Poisoned, startRequests.Queued, startRequests.Poisoned),
            ReceptionJson.Options);
    }
}

/// <summary>The service's health as operators read it.</summary>
public sealed record HealthView(string Status, int OutboxQueued, int OutboxPoisoned, int StartsQueued, int StartsPoisoned);
