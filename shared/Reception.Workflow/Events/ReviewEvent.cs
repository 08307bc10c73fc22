namespace Reception.Workflow.Events;

/// <summary>The Department's review (<c>POST /api/appeals/{id}/review</c>), validated.</summary>
public sealed record ReviewEvent(ReviewOutcome Outcome, string? OfficialId, DateOnly? ProposedDate, string? Reason, string? CentralBody);
