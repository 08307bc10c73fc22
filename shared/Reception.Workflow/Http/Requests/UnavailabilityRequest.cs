namespace Reception.Workflow.Http.Requests;

public sealed record UnavailabilityRequest(DateOnly? Date, string? Reason);
