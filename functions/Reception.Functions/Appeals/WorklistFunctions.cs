using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Reception.Api.Schedule;
using Reception.Api.Worklists;

namespace Reception.Functions.Appeals;

/// <summary>The worklists and the officials' days and receptions (docs/api.md "Worklists").</summary>
public sealed class WorklistFunctions(WorklistEndpoints worklists, OfficialEndpoints officials)
{
    [Function("ListWorklist")]
    public Task<IResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/appeals")] HttpRequest request, CancellationToken cancellationToken) =>
        worklists.ListAsync(request, cancellationToken);

    [Function("RebuildWorklists")]
    public Task<IResult> Rebuild(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/worklists/rebuild")] HttpRequest request, CancellationToken cancellationToken) =>
        worklists.RebuildAsync(request, cancellationToken);

    [Function("ListOfficials")]
    public Task<IResult> Officials(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/officials")] HttpRequest request, CancellationToken cancellationToken) =>
        officials.ListAsync(request, cancellationToken);

    [Function("ListOfficialDays")]
    public Task<IResult> Days(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/officials/{officialId}/days")] HttpRequest request,
        string officialId, CancellationToken cancellationToken) =>
        officials.DaysAsync(request, officialId, cancellationToken);

    [Function("ListReceptions")]
    public Task<IResult> Receptions(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/officials/{officialId}/receptions")] HttpRequest request,
        string officialId, CancellationToken cancellationToken) =>
        officials.ReceptionsAsync(request, officialId, cancellationToken);
}
