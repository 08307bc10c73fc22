using Reception.Workflow.Notifications;
using Reception.Workflow.Serialization;

namespace Reception.LocalHost.Notifications;

/// <summary>Development only: the notification sink and what it received (not part of the HTTP contract).</summary>
internal static class DevelopmentRoutes
{
    public static void MapDevelopmentEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/dev/sink/{channel}", (string channel, Delivery delivery, DevelopmentSink sink, TimeProvider clock) =>
        {
            sink.Record(channel, delivery, clock.GetUtcNow());
            return Results.Accepted();
        });
        routes.MapGet("/api/dev/outbox", (DevelopmentSink sink) => Results.Json(sink.All, ReceptionJson.Options));
    }
}
