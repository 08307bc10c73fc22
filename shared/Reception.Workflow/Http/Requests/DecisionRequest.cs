namespace Reception.Workflow.Http.Requests;

public sealed record DecisionRequest(bool? Approve, string? Reason);
