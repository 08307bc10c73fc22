namespace Reception.Workflow.Http.Requests;

public sealed record OfficialNameRequest(string? Kk, string? Ru);
