namespace Reception.Workflow.Schedule;

/// <summary>Whether restrictive measures are in force (R17, §13), and the reason the head gave.</summary>
public sealed record RestrictiveMeasuresState(bool Active, string? Reason);
