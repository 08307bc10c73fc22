using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Reception.Domain.Appeals;
using Reception.Workflow.Activities;
using Reception.Workflow.Orchestration;

namespace Reception.Functions.Workflow;

/// <summary>
/// Thin <c>[Function]</c> wrappers that declare the shared orchestrator and activities to the
/// Functions host under the same <c>nameof</c> names the local host registers
/// (the Durable source generator is not available to this project).
/// </summary>
public sealed class WorkflowFunctions(RegisterAppeal registerAppeal)
{
    [Function(nameof(AppealOrchestrator))]
    public static Task<AppealStatus> RunAppealOrchestrator([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        AppealWorkflowInput input = context.GetInput<AppealWorkflowInput>()
            ?? throw new InvalidOperationException("The appeal orchestration needs its input.");
        return new AppealOrchestrator().RunAsync(context, input);
    }

    [Function(nameof(RegisterAppeal))]
    public Task<AppealRegistration> RunRegisterAppeal([ActivityTrigger] RegisterAppealInput input, CancellationToken cancellationToken) =>
        registerAppeal.ExecuteAsync(input, cancellationToken);
}
