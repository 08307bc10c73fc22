namespace Reception.Workflow.Http.Requests;

public sealed record CentralBodyResponseRequest(bool? Participates, string? Note);
