
namespace Reception.Workflow.Appeals.Orchestration;

/// <summary>The input of one appeal's orchestration (instance id = appeal id).</summary>
/// <param name="WorkflowVersion">
/// The version of the workflow the instance was started with. Appeals stay in flight for weeks
/// or months, so a new release keeps every older path the orchestrator branches on for instances
/// whose input carries an older version (see <see cref="AppealOrchestrator"/>).
/// </param>
public sealed record AppealWorkflowInput(string AppealId, int WorkflowVersion);
