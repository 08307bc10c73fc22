using Reception.Workflow.Appeals;

namespace Reception.Workflow.Activities;

/// <summary>What a step changes besides status and history; null fields stay as they are.</summary>
/// <param name="QueueForSurvey">R23: the applicant goes on the office's survey list.</param>
/// <param name="ExtendAnswerToCap">R9: the answer is due at the extension cap (30 calendar days from registration by default).</param>
public sealed record AppealChange(
    bool? Extended = null,
    Proposal? Proposal = null,
    BookedSlot? Slot = null,
    IReadOnlyList<Instruction>? Instructions = null,
    string? Reason = null,
    string? EarlierAppeal = null,
    int? OverdueInstruction = null,
    int? AnsweredInstruction = null,
    InstructionAnswer? Answer = null,
    bool ExtendAnswerToCap = false,
    int? ControlledInstruction = null,
    bool QueueForSurvey = false);
