using Microsoft.AspNetCore.Http;
using Reception.Domain.Time;
using Reception.Workflow.Serialization;
using Reception.Workflow.Time;

namespace Reception.Api.Operations;

/// <summary><c>GET /api/clock</c> (no key): the service's clock, compressed or not (docs/api.md "Clock").</summary>
public sealed class ClockEndpoint(ReceptionClock clock)
{
    public IResult Get()
    {
        DateTimeOffset now = clock.GetUtcNow();
        return Results.Json(
            new ClockView(AlmatyTime.ToLocalOffset(now), AlmatyTime.DateOf(now), clock.DayLength.ToString("c", System.Globalization.CultureInfo.InvariantCulture)),
            ReceptionJson.Options);
    }
}
