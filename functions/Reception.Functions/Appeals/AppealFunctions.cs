using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Reception.Workflow.Http;

namespace Reception.Functions.Appeals;

/// <summary>Reading appeals (API.md "Reading").</summary>
public sealed class AppealFunctions(AppealEndpoints endpoints)
{
    [Function("GetAppeal")]
    public Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "appeals/{appealId}")] HttpRequest request,
        string appealId,
        CancellationToken cancellationToken) =>
        endpoints.GetAsync(request, appealId, cancellationToken);
}
