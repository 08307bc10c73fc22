namespace Reception.Workflow.Intake;

/// <summary>The appeal an intake made, or found when the same request came before.</summary>
public sealed record IntakeResult(string AppealId, string TrackingCode, bool IsNew);
