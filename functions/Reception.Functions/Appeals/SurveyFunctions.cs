using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Reception.Api.Surveys;

namespace Reception.Functions.Appeals;

/// <summary>The satisfaction survey (R23) and restrictive measures (R17).</summary>
public sealed class SurveyFunctions(SurveyEndpoints endpoints)
{
    [Function("RecordSurvey")]
    public Task<IResult> Record(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/appeals/{appealId}/survey")] HttpRequest request,
        string appealId, CancellationToken cancellationToken) =>
        endpoints.RecordAsync(request, appealId, cancellationToken);

    [Function("PendingSurveys")]
    public Task<IResult> Pending(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/surveys/pending")] HttpRequest request,
        CancellationToken cancellationToken) =>
        endpoints.PendingAsync(request, cancellationToken);

    [Function("GetRestrictiveMeasures")]
    public Task<IResult> GetRestrictiveMeasures(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/restrictive-measures")] HttpRequest request,
        CancellationToken cancellationToken) =>
        endpoints.GetRestrictiveMeasuresAsync(request, cancellationToken);

    [Function("RestrictiveMeasures")]
    public Task<IResult> RestrictiveMeasures(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/restrictive-measures")] HttpRequest request,
        [DurableClient] DurableTaskClient workflows,
        CancellationToken cancellationToken) =>
        endpoints.RestrictiveMeasuresAsync(request, workflows, cancellationToken);
}
