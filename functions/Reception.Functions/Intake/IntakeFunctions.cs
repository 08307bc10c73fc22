using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Reception.Workflow.Http;

namespace Reception.Functions.Intake;

/// <summary>The three intake routes of API.md; each hands the request to the shared handler.</summary>
public sealed class IntakeFunctions(IntakeEndpoints endpoints)
{
    [Function("IntakeEgov")]
    public Task<IResult> Egov(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "intake/egov")] HttpRequest request,
        [DurableClient] DurableTaskClient workflows,
        CancellationToken cancellationToken) =>
        endpoints.EgovAsync(request, workflows, cancellationToken);

    [Function("IntakeCallCenter")]
    public Task<IResult> CallCenter(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "intake/call-center")] HttpRequest request,
        [DurableClient] DurableTaskClient workflows,
        CancellationToken cancellationToken) =>
        endpoints.CallCenterAsync(request, workflows, cancellationToken);

    [Function("IntakeOffice")]
    public Task<IResult> Office(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "intake/office")] HttpRequest request,
        [DurableClient] DurableTaskClient workflows,
        CancellationToken cancellationToken) =>
        endpoints.OfficeAsync(request, workflows, cancellationToken);
}
