using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Reception.Api.Operations;

namespace Reception.Functions.Appeals;

/// <summary>The operator's repair: poisoned messages and start requests back to their queue (docs/runbook.md).</summary>
public sealed class OperationsFunctions(OperationsEndpoints endpoints, ErasureEndpoints erasure)
{
    [Function("RequeuePoisoned")]
    public Task<IResult> Requeue(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/operations/requeue-poisoned")] HttpRequest request,
        CancellationToken cancellationToken) =>
        endpoints.RequeuePoisonedAsync(request, cancellationToken);

    [Function("EraseAppealPersonalData")]
    public Task<IResult> Erase(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/operations/appeals/{appealId}/erase")] HttpRequest request,
        string appealId, [DurableClient] DurableTaskClient workflows, CancellationToken cancellationToken) =>
        erasure.EraseAsync(request, appealId, workflows, cancellationToken);
}
