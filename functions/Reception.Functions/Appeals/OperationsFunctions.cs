using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Reception.Api.Operations;

namespace Reception.Functions.Appeals;

/// <summary>The operator's repair: poisoned messages and start requests back to their queue (docs/runbook.md).</summary>
public sealed class OperationsFunctions(OperationsEndpoints endpoints)
{
    [Function("RequeuePoisoned")]
    public Task<IResult> Requeue(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/operations/requeue-poisoned")] HttpRequest request,
        CancellationToken cancellationToken) =>
        endpoints.RequeuePoisonedAsync(request, cancellationToken);
}
