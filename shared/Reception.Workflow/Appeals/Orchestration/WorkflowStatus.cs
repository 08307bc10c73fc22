
namespace Reception.Workflow.Appeals.Orchestration;

/// <summary>
/// The orchestration's custom status: what the appeal waits for and by when, so an operator who
/// opens the task hub (Durable Functions Monitor, the engine's instance table) sees it without
/// reading the appeal.
/// </summary>
public sealed record WorkflowStatus(string Awaiting, DateOnly Due, string Rule);
