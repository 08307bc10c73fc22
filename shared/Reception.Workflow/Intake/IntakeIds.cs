namespace Reception.Workflow.Intake;

/// <summary>The identities of one appeal.</summary>
public sealed record IntakeIds(string AppealId, string TrackingCode);
