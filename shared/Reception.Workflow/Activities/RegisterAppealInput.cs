namespace Reception.Workflow.Activities;

public sealed record RegisterAppealInput(string AppealId);
