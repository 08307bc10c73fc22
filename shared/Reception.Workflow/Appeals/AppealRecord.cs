using Reception.Domain.Appeals;

namespace Reception.Workflow.Appeals;

/// <summary>
/// The stored state of one appeal: the single source of truth behind the staff view, the public
/// view and every message to the applicant.
/// </summary>
/// <remarks>
/// The workflow changes it only through activities, each of which writes its status change, its
/// history step and the message it sends together, so what the status says, what the history
/// says and what the applicant was told never disagree.
/// </remarks>
public sealed record AppealRecord
{
    public required string AppealId { get; init; }
    public required string TrackingCode { get; init; }
    public required Channel Channel { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }
    public required AppealSubmission Submission { get; init; }
    public AppealStatus Status { get; init; } = AppealStatus.Received;
    public string? RegistrationNumber { get; init; }
    public DateOnly? RegisteredOn { get; init; }
    public AppealDeadlines? Deadlines { get; init; }
    public AppealProgress Progress { get; init; } = new();
    public IReadOnlyList<HistoryStep> History { get; init; } = [];

    /// <summary>The W3C trace context of the intake: every later span of the appeal is its child (one appeal, one trace).</summary>
    public string? TraceParent { get; init; }

    /// <summary>When the appeal reached a final status (<see cref="AppealLifecycle.Final"/>): its personal data's retention term runs from then.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>When its personal data was erased (retention or a lawful request); null while it is held.</summary>
    public DateTimeOffset? PersonalDataErasedAt { get; init; }

    /// <summary>The key version its id and tracking code were derived with (<c>KeyRing</c>); 1 for appeals stored before versions.</summary>
    public int KeyVersion { get; init; } = 1;
}
