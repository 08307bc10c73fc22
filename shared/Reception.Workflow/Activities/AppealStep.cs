using Reception.Domain.Appeals;
using Reception.Workflow.Appeals;
using Reception.Workflow.Notifications;

namespace Reception.Workflow.Activities;

/// <summary>
/// One step of an appeal, as the orchestrator decides it and <see cref="AdvanceAppeal"/> records
/// it: the history entry, the status, what the appeal waits for next, what changes, and the
/// message it sends.
/// </summary>
/// <param name="StepKey">Deterministic per appeal and step, so a step is recorded and sent once.</param>
/// <param name="Status">The new status, or null to keep it.</param>
/// <param name="Awaiting">The staff action the appeal waits for after this step (<see cref="StaffActions"/>); null for none.</param>
/// <param name="Notify">The message this step sends, or null.</param>
/// <param name="Audience">Who the message is for: <c>applicant</c>, <c>departmentHead</c>, <c>presidentialAdministration</c>, <c>akim</c>.</param>
/// <param name="Values">Extra placeholder values of the message (reason, body, rule, due).</param>
public sealed record AppealStep(
    string AppealId,
    string StepKey,
    string Step,
    string Rule,
    string Detail,
    AppealStatus? Status = null,
    string? Awaiting = null,
    AppealChange? Change = null,
    NotificationKind? Notify = null,
    string Audience = AppealStep.Applicant,
    IReadOnlyDictionary<string, string>? Values = null)
{
    public const string Applicant = "applicant";
    public const string DepartmentHead = "departmentHead";
    public const string PresidentialAdministration = "presidentialAdministration";
    public const string Akim = "akim";
}

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

/// <summary>The appeal as the orchestrator needs to see it after a step.</summary>
public sealed record AppealSnapshot(AppealStatus Status, DateOnly? AnswerDue, BookedSlot? Slot, bool Extended, bool OutOfTurn, bool ForeignOrStateless);
