using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Reception.Api.Routing;
using Reception.Api.Operations;

namespace Reception.Functions.Clock;

/// <summary><c>GET /api/clock</c> (docs/api.md "Clock") and <c>GET /api/openapi.json</c>.</summary>
public sealed class ClockFunctions(ClockEndpoint endpoint, OpenApiEndpoint openApi, HealthEndpoint health)
{
    [Function("GetHealth")]
    public Task<IResult> GetHealth(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/health")] HttpRequest request,
        CancellationToken cancellationToken) =>
        health.GetAsync(cancellationToken);

    [Function("GetOpenApi")]
    public IResult GetOpenApi(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/openapi.json")] HttpRequest request) =>
        openApi.Get();

    [Function("GetClock")]
    public IResult Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/clock")] HttpRequest request) =>
        endpoint.Get();
}
