using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Reception.Api.Schedule;

namespace Reception.Functions.Schedule;

/// <summary>The office keeps the schedule (R12, R13, R14).</summary>
public sealed class ScheduleFunctions(ScheduleEndpoints endpoints)
{
    [Function("AddReceptionDay")]
    public Task<IResult> AddDay(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/schedule")] HttpRequest request,
        CancellationToken cancellationToken) =>
        endpoints.AddDayAsync(request, cancellationToken);

    [Function("GetSchedule")]
    public Task<IResult> GetMonth(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/schedule")] HttpRequest request,
        CancellationToken cancellationToken) =>
        endpoints.GetMonthAsync(request, cancellationToken);

    [Function("OfficialUnavailable")]
    public Task<IResult> Unavailability(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/officials/{officialId}/unavailability")] HttpRequest request,
        string officialId,
        [DurableClient] DurableTaskClient workflows,
        CancellationToken cancellationToken) =>
        endpoints.UnavailabilityAsync(request, officialId, workflows, cancellationToken);
}
