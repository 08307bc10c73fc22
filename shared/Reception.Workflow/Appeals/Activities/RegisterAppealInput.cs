
namespace Reception.Workflow.Appeals.Activities;

public sealed record RegisterAppealInput(string AppealId);
