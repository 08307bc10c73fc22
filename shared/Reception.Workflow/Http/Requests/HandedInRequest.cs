namespace Reception.Workflow.Http.Requests;

public sealed record HandedInRequest(string? Subject);
