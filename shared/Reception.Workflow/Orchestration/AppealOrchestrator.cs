using Microsoft.DurableTask;
using Reception.Domain.Appeals;
using Reception.Workflow.Activities;

namespace Reception.Workflow.Orchestration;

/// <summary>
/// Carries one appeal through the regulation: one instance per appeal, instance id = appeal id.
/// </summary>
/// <remarks>
/// Versioning: the instance's input names the workflow version it started with
/// (<see cref="AppealWorkflowInput.WorkflowVersion"/>); new releases add steps behind
/// <c>input.WorkflowVersion &gt;= N</c> checks and never reorder the steps an older version
/// already took, so instances in flight replay the history they recorded.
/// Every step is an activity with a deterministic step key, so a replay or a retry records
/// nothing twice.
/// </remarks>
public sealed class AppealOrchestrator : TaskOrchestrator<AppealWorkflowInput, AppealStatus>
{
    /// <summary>The version new instances start with.</summary>
    public const int CurrentVersion = 1;

    public override async Task<AppealStatus> RunAsync(TaskOrchestrationContext context, AppealWorkflowInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);

        AppealRegistration registration = await context.CallActivityAsync<AppealRegistration>(
            nameof(RegisterAppeal), new RegisterAppealInput(input.AppealId), ActivityRetry.Standard);

        return registration.Status;
    }
}
