using Reception.Workflow.Appeals;

namespace Reception.Workflow.Appeals.Events;

/// <summary>The Department's review (<c>POST /api/appeals/{id}/review</c>), validated.</summary>
/// <param name="ConsultationGiven">A refusal after the applicant got a consultation and declined the reception: surveyed too (R23).</param>
public sealed record ReviewEvent(ReviewOutcome Outcome, string? OfficialId, DateOnly? ProposedDate, string? Reason, string? CentralBody, bool ConsultationGiven = false) : IStaffEvent
{
    public string? ForStep { get; init; }

    public Actor? By { get; init; }
}
