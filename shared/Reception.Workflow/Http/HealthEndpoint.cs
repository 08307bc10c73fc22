using Microsoft.AspNetCore.Http;
using Reception.Workflow.Ports;

namespace Reception.Workflow.Http;

/// <summary><c>GET /api/health</c> (no key): whether messages are flowing; poisoned messages need a person.</summary>
public sealed class HealthEndpoint(INotificationOutbox outbox)
{
    public async Task<IResult> GetAsync(CancellationToken cancellationToken)
    {
        OutboxDepth depth = await outbox.DepthAsync(cancellationToken);
        return Results.Json(
            new HealthView(depth.Poisoned == 0 ? "healthy" : "degraded", depth.Queued, depth.Poisoned),
            ReceptionJson.Options);
    }
}

/// <summary>The service's health as operators read it.</summary>
public sealed record HealthView(string Status, int OutboxQueued, int OutboxPoisoned);
