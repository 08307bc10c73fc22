using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Reception.Workflow.Http;

namespace Reception.Functions.Clock;

/// <summary><c>GET /api/clock</c> (API.md "Clock").</summary>
public sealed class ClockFunctions(ClockEndpoint endpoint)
{
    [Function("GetClock")]
    public IResult Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clock")] HttpRequest request) =>
        endpoint.Get();
}
