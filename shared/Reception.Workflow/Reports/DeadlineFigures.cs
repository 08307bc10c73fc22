namespace Reception.Workflow.Reports;

/// <summary>How often a rule's deadline was met and missed.</summary>
public sealed record DeadlineFigures(long Met, long Missed);
