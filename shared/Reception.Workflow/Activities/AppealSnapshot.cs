using Reception.Domain.Appeals;
using Reception.Workflow.Appeals;

namespace Reception.Workflow.Activities;

/// <summary>The appeal as the orchestrator needs to see it after a step.</summary>
public sealed record AppealSnapshot(AppealStatus Status, DateOnly? AnswerDue, BookedSlot? Slot, bool Extended, bool OutOfTurn, bool ForeignOrStateless)
{
    /// <summary>The orchestrator's view of an appeal.</summary>
    public static AppealSnapshot Of(AppealRecord appeal)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        return new(
            appeal.Status,
            appeal.Deadlines?.AnswerDue,
            appeal.Progress.Slot,
            appeal.Progress.Extended,
            appeal.Submission.Applicant.IsOutOfTurn,
            appeal.Submission.Applicant.IsForeignOrStateless);
    }
}
