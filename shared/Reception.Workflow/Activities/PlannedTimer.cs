namespace Reception.Workflow.Activities;

/// <summary>A deadline as a local date, and the real instant its durable timer fires (the end of that local day).</summary>
public sealed record PlannedTimer(DateOnly Due, DateTime FireAtUtc);
