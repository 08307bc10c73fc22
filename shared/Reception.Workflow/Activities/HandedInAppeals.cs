namespace Reception.Workflow.Activities;

public sealed record HandedInAppeals(string ParentAppealId, IReadOnlyList<string> Subjects);
