using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Reception.Api.Appeals;

namespace Reception.Functions.Appeals;

/// <summary>The staff actions of docs/api.md; each becomes an event of the appeal's workflow.</summary>
public sealed class StaffActionFunctions(StaffEndpoints endpoints)
{
    [Function("ReviewAppeal")]
    public Task<IResult> Review(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/appeals/{appealId}/review")] HttpRequest request,
        string appealId, [DurableClient] DurableTaskClient workflows, CancellationToken cancellationToken) =>
        endpoints.ReviewAsync(request, appealId, workflows, cancellationToken);

    [Function("CentralBodyResponse")]
    public Task<IResult> CentralBodyResponse(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/appeals/{appealId}/central-body-response")] HttpRequest request,
        string appealId, [DurableClient] DurableTaskClient workflows, CancellationToken cancellationToken) =>
        endpoints.CentralBodyResponseAsync(request, appealId, workflows, cancellationToken);

    [Function("DecideAppeal")]
    public Task<IResult> Decision(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/appeals/{appealId}/decision")] HttpRequest request,
        string appealId, [DurableClient] DurableTaskClient workflows, CancellationToken cancellationToken) =>
        endpoints.DecisionAsync(request, appealId, workflows, cancellationToken);

    [Function("RecordReception")]
    public Task<IResult> Reception(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/appeals/{appealId}/reception")] HttpRequest request,
        string appealId, [DurableClient] DurableTaskClient workflows, CancellationToken cancellationToken) =>
        endpoints.ReceptionAsync(request, appealId, workflows, cancellationToken);

    [Function("ArrangeInterpreter")]
    public Task<IResult> Interpreter(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/appeals/{appealId}/interpreter")] HttpRequest request,
        string appealId, [DurableClient] DurableTaskClient workflows, CancellationToken cancellationToken) =>
        endpoints.InterpreterAsync(request, appealId, workflows, cancellationToken);

    [Function("AnswerInstruction")]
    public Task<IResult> InstructionAnswer(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/appeals/{appealId}/instructions/{number:int}/answer")] HttpRequest request,
        string appealId, int number, [DurableClient] DurableTaskClient workflows, CancellationToken cancellationToken) =>
        endpoints.InstructionAnswerAsync(request, appealId, number, workflows, cancellationToken);
}
