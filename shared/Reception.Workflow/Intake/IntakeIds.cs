namespace Reception.Workflow.Intake;

/// <summary>The identities of one appeal.</summary>
/// <param name="KeyVersion">The <see cref="KeyRing"/> version the ids were derived with.</param>
public sealed record IntakeIds(string AppealId, string TrackingCode, int KeyVersion = 1);
