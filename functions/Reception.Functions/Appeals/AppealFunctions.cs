using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Reception.Api.Appeals;
using Reception.Api.Public;

namespace Reception.Functions.Appeals;

/// <summary>Reading appeals (docs/api.md "Reading").</summary>
public sealed class AppealFunctions(AppealEndpoints endpoints, PublicEndpoints publicEndpoints, AnswerLetterEndpoints letters)
{
    [Function("GetAnswerLetter")]
    public Task<IResult> GetLetter(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/public/appeals/{trackingCode}/letter")] HttpRequest request,
        string trackingCode,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return publicEndpoints.LetterAsync(request.HttpContext.Response, trackingCode, cancellationToken);
    }

    [Function("UploadAnswerLetter")]
    public Task<IResult> UploadLetter(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/appeals/{appealId}/answer-letter")] HttpRequest request,
        string appealId,
        CancellationToken cancellationToken) =>
        letters.UploadAsync(request, appealId, cancellationToken);

    [Function("GetPublicAppeal")]
    public Task<IResult> GetPublic(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/public/appeals/{trackingCode}")] HttpRequest request,
        string trackingCode,
        CancellationToken cancellationToken) =>
        publicEndpoints.GetAsync(trackingCode, cancellationToken);

    [Function("GetAppeal")]
    public Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/appeals/{appealId}")] HttpRequest request,
        string appealId,
        CancellationToken cancellationToken) =>
        endpoints.GetAsync(request, appealId, cancellationToken);
}
