using Microsoft.DurableTask.Client;
using Reception.Workflow.Http;

namespace Reception.LocalHost;

/// <summary>The routes of API.md, mapped onto the shared endpoint handlers (the Functions app maps the same ones).</summary>
internal static class ReceptionRoutes
{
    public static void MapReceptionEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/intake/egov", (HttpRequest r, IntakeEndpoints e, DurableTaskClient w, CancellationToken ct) => e.EgovAsync(r, w, ct));
        routes.MapPost("/api/intake/call-center", (HttpRequest r, IntakeEndpoints e, DurableTaskClient w, CancellationToken ct) => e.CallCenterAsync(r, w, ct));
        routes.MapPost("/api/intake/office", (HttpRequest r, IntakeEndpoints e, DurableTaskClient w, CancellationToken ct) => e.OfficeAsync(r, w, ct));
        routes.MapGet("/api/appeals/{appealId}", (HttpRequest r, string appealId, AppealEndpoints e, CancellationToken ct) => e.GetAsync(r, appealId, ct));
        routes.MapGet("/api/clock", (ClockEndpoint e) => e.Get());
    }
}
