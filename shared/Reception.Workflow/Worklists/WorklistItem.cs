using Reception.Domain.Appeals;
using Reception.Workflow.Appeals;

namespace Reception.Workflow.Worklists;

/// <summary>One item of a worklist page (docs/api.md "Worklists"), with its deadline state as of today.</summary>
/// <param name="WorkingDaysLeft">Working days from today to <paramref name="Due"/>; negative when overdue; null for the survey list.</param>
/// <param name="DueState"><c>ok</c>, <c>soon</c> (due within 2 working days) or <c>overdue</c>.</param>
public sealed record WorklistItem(
    string AppealId,
    string? RegistrationNumber,
    AppealStatus Status,
    string Awaiting,
    DateOnly Due,
    string Rule,
    bool Overdue,
    int? WorkingDaysLeft,
    string DueState,
    bool OutOfTurn,
    Channel Channel,
    DateOnly ReceivedOn,
    string? OfficialId,
    BookedSlot? Slot,
    string ApplicantName,
    string SubjectExcerpt,
    int? Instruction,
    string? InstructionText);
