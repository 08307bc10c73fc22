namespace Reception.Workflow.Http.Requests;

public sealed record RestrictiveMeasuresRequest(bool? Active, string? Reason);
