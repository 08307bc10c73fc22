using Microsoft.AspNetCore.Http;
using Reception.Api.Http;
using Reception.Workflow.Intake;
using Reception.Workflow.Notifications;
using Reception.Workflow.Operations;
using Reception.Workflow.Serialization;
using Reception.Workflow.Telemetry;

namespace Reception.Api.Operations;

/// <summary>
/// <c>GET /api/health</c> (no key): whether storage answers, and whether messages and workflow
/// starts are flowing. Unreachable storage is <c>503</c> naming what did not answer (docs/api.md "When
/// storage is unreachable"). Poisoned messages and poisoned start requests need a person: the
/// first are messages nobody received, the second appeals whose workflow did not start.
/// </summary>
public sealed class HealthEndpoint(INotificationOutbox outbox, IAppealStartRequests starts, IStorageProbe storage)
{
    public async Task<IResult> GetAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<string> unreachable = await storage.UnreachableAsync(cancellationToken);
        if (unreachable.Count > 0)
        {
            return Problems.StorageUnavailable($"Not answering: {string.Join(", ", unreachable)}.", unreachable);
        }

        QueueDepth messages = await outbox.DepthAsync(cancellationToken);
        QueueDepth startRequests = await starts.DepthAsync(cancellationToken);
        bool healthy = messages.Poisoned == 0 && startRequests.Poisoned == 0;
        return Results.Json(
            new HealthView(healthy ? "healthy" : "degraded", messages.Queued, messages.Poisoned, startRequests.Queued, startRequests.Poisoned),
            ReceptionJson.Options);
    }
}
