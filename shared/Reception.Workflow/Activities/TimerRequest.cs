namespace Reception.Workflow.Activities;

public sealed record TimerRequest(string AppealId, TimerBasis Basis, DateOnly? Date = null, int WorkingDays = 0);
