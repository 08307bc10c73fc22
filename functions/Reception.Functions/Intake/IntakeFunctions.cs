using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Reception.Api.Intake;

namespace Reception.Functions.Intake;

/// <summary>
/// The three intake routes of docs/api.md; each hands the request to the shared handler, which stores
/// the appeal and leaves a start request on a queue (<see cref="AppealStartFunctions"/> starts the workflow).
/// </summary>
public sealed class IntakeFunctions(IntakeEndpoints endpoints)
{
    [Function("IntakeEgov")]
    public Task<IResult> Egov(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/intake/egov")] HttpRequest request,
        CancellationToken cancellationToken) =>
        endpoints.EgovAsync(request, cancellationToken);

    [Function("IntakeCallCenter")]
    public Task<IResult> CallCenter(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/intake/call-center")] HttpRequest request,
        CancellationToken cancellationToken) =>
        endpoints.CallCenterAsync(request, cancellationToken);

    [Function("IntakeOffice")]
    public Task<IResult> Office(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/intake/office")] HttpRequest request,
        CancellationToken cancellationToken) =>
        endpoints.OfficeAsync(request, cancellationToken);
}
