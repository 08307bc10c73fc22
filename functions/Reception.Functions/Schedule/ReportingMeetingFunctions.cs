using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Reception.Api.Schedule;

namespace Reception.Functions.Schedule;

/// <summary>R12: reporting meetings and the month's schedule check.</summary>
public sealed class ReportingMeetingFunctions(ReportingMeetingEndpoints endpoints)
{
    [Function("AddReportingMeeting")]
    public Task<IResult> Add(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/reporting-meetings")] HttpRequest request,
        CancellationToken cancellationToken) =>
        endpoints.AddAsync(request, cancellationToken);

    [Function("CheckSchedule")]
    public Task<IResult> Check(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/schedule/check")] HttpRequest request,
        CancellationToken cancellationToken) =>
        endpoints.CheckAsync(request, cancellationToken);
}
