using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Reception.Api.Materials;
using Reception.Workflow.Materials;

namespace Reception.Functions.Appeals;

/// <summary>R26: requests for materials, their workflow and its activity.</summary>
public sealed class MaterialsFunctions(MaterialsEndpoints endpoints, RecordMaterialsStep recordStep)
{
    [Function("RequestMaterials")]
    public Task<IResult> Create(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/materials-requests")] HttpRequest request,
        [DurableClient] DurableTaskClient workflows, CancellationToken cancellationToken) =>
        endpoints.CreateAsync(request, workflows, cancellationToken);

    [Function("ListMaterialsRequests")]
    public Task<IResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/materials-requests")] HttpRequest request,
        CancellationToken cancellationToken) =>
        endpoints.ListAsync(request, cancellationToken);

    [Function("GetMaterialsRequest")]
    public Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/materials-requests/{requestId}")] HttpRequest request,
        string requestId, CancellationToken cancellationToken) =>
        endpoints.GetAsync(request, requestId, cancellationToken);

    [Function("AnswerMaterialsRequest")]
    public Task<IResult> Answer(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/materials-requests/{requestId}/answer")] HttpRequest request,
        string requestId, [DurableClient] DurableTaskClient workflows, CancellationToken cancellationToken) =>
        endpoints.AnswerAsync(request, requestId, workflows, cancellationToken);

    [Function(nameof(MaterialsRequestOrchestrator))]
    public static Task<bool> RunOrchestrator([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new MaterialsRequestOrchestrator().RunAsync(context, context.GetInput<MaterialsRequestInput>()
            ?? throw new InvalidOperationException("The request's workflow needs its input."));
    }

    [Function(nameof(RecordMaterialsStep))]
    public Task<bool> RunRecordStep([ActivityTrigger] MaterialsStep input, CancellationToken cancellationToken) =>
        recordStep.ExecuteAsync(input, cancellationToken);
}
