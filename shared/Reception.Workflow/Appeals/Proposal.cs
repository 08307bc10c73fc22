namespace Reception.Workflow.Appeals;

/// <summary>The Department's proposal: who receives the applicant, on which day.</summary>
public sealed record Proposal(string OfficialId, DateOnly ProposedDate);
