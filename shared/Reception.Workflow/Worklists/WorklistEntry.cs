using Reception.Domain.Appeals;
using Reception.Workflow.Appeals;

namespace Reception.Workflow.Worklists;

/// <summary>
/// One thing an appeal waits for, as the worklist index stores it: what is awaited, by when and
/// under which rule, with what a worklist shows of the appeal (so a page of 50 is one range read,
/// never 50 point reads).
/// </summary>
/// <param name="Awaiting">One of <see cref="WorklistKinds"/>.</param>
/// <param name="Due">The local date by which the awaited action must happen.</param>
/// <param name="Rule">The rule that sets <paramref name="Due"/>.</param>
/// <param name="Instruction">For <c>instructionAnswer</c>: the instruction's number; otherwise null.</param>
public sealed record WorklistEntry(
    string Awaiting,
    DateOnly Due,
    string Rule,
    string AppealId,
    int? Instruction,
    string? InstructionText,
    string? RegistrationNumber,
    AppealStatus Status,
    bool OutOfTurn,
    Channel Channel,
    DateOnly ReceivedOn,
    string? OfficialId,
    BookedSlot? Slot,
    string ApplicantName,
    string SubjectExcerpt)
{
    /// <summary>Whether the due date can be missed: the survey list has an order, not a deadline.</summary>
    public bool HasDeadline => Awaiting != WorklistKinds.Survey;
}
