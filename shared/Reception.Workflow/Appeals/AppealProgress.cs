namespace Reception.Workflow.Appeals;

/// <summary>Everything the workflow has decided about an appeal beyond its status.</summary>
public sealed record AppealProgress
{
    /// <summary>The term was extended (R9).</summary>
    public bool Extended { get; init; }

    /// <summary>The staff action the workflow waits for now (<see cref="StaffActions"/>), or null.</summary>
    public string? Awaiting { get; init; }

    /// <summary>The key of the step that started the current wait; staff actions name it, so the workflow can drop one meant for an earlier wait.</summary>
    public string? AwaitingStep { get; init; }

    /// <summary>The Department's proposal awaiting the head's decision (R5).</summary>
    public Proposal? Proposal { get; init; }

    /// <summary>The booked reception (R6, R7, R17).</summary>
    public BookedSlot? Slot { get; init; }

    /// <summary>The interpreter for the reception, when the applicant needs one (R16).</summary>
    public InterpreterArrangement? Interpreter { get; init; }

    /// <summary>The bodies whose representatives took part in the akim's reception, as the protocol records (R24).</summary>
    public IReadOnlyList<string> Attendance { get; init; } = [];

    /// <summary>The protocol's instructions, in protocol order (R19, R20).</summary>
    public IReadOnlyList<Instruction> Instructions { get; init; } = [];

    /// <summary>What the official answered at the reception, as the protocol records it (§33).</summary>
    public string? ReceptionAnswer { get; init; }

    /// <summary>Every message sent to the applicant (R18).</summary>
    public IReadOnlyList<NotificationRecord> Notifications { get; init; } = [];

    /// <summary>Handed in at a personal reception (R21).</summary>
    public bool FromPersonalReception { get; init; }

    /// <summary>The appeal at whose reception this one was handed in (R21).</summary>
    public string? ParentAppealId { get; init; }

    /// <summary>Workers who handled the earlier appeal, whom this one must not be assigned to (R22).</summary>
    public IReadOnlyList<string> ExcludedExecutors { get; init; } = [];

    /// <summary>The reason of a refusal or of leaving without consideration, as told to the applicant.</summary>
    public string? Reason { get; init; }

    /// <summary>For a repeat request (R3): the earlier appeal's registration number or id.</summary>
    public string? EarlierAppeal { get; init; }
}
