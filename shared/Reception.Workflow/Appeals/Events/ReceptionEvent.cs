using Reception.Workflow.Appeals;

namespace Reception.Workflow.Appeals.Events;

/// <summary>The protocol of a reception, validated.</summary>
public sealed record ReceptionEvent(
    ReceptionOutcome Outcome,
    bool IdentityVerified,
    IReadOnlyList<InstructionOrder> Instructions,
    IReadOnlyList<HandedInAppeal> HandedInAppeals) : IStaffEvent
{
    public string? ForStep { get; init; }

    public Actor? By { get; init; }

    /// <summary>At the akim's reception: the bodies whose representatives took part (R24, <see cref="ReceptionParticipants"/>).</summary>
    public IReadOnlyList<string> Attendance { get; init; } = [];

    /// <summary>What the official answered at the reception: the applicant's answer when no instruction follows (§33).</summary>
    public string? Answer { get; init; }
}
