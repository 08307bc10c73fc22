namespace Reception.Workflow.Events;

/// <summary>How the reception went (R15, R19, R21).</summary>
public enum ReceptionOutcome
{
    Held,
    NoShow,
}

/// <summary>The protocol of a reception, validated.</summary>
public sealed record ReceptionEvent(
    ReceptionOutcome Outcome,
    bool IdentityVerified,
    IReadOnlyList<InstructionOrder> Instructions,
    IReadOnlyList<HandedInAppeal> HandedInAppeals) : IStaffEvent
{
    public string? ForStep { get; init; }
}

/// <summary>An instruction of the protocol with its concrete deadline (R19).</summary>
public sealed record InstructionOrder(string Text, string Assignee, DateOnly DueDate);

/// <summary>A new appeal handed in at the reception (R21).</summary>
public sealed record HandedInAppeal(string Subject);
