using Reception.Domain.Appeals;
using Reception.Workflow.Appeals;

namespace Reception.Workflow.Appeals.Activities;

/// <summary>The appeal as the orchestrator needs to see it after a step.</summary>
public sealed record AppealSnapshot(AppealStatus Status, DateOnly? AnswerDue, BookedSlot? Slot, bool Extended, bool OutOfTurn, bool ForeignOrStateless)
{
    /// <summary>The applicant needs an interpreter at the reception (R16).</summary>
    public bool NeedsInterpreter { get; init; }

    /// <summary>The language they need it into, when named.</summary>
    public string? InterpreterLanguage { get; init; }

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
            appeal.Submission.Applicant.IsForeignOrStateless)
        {
            NeedsInterpreter = appeal.Submission.NeedsInterpreter,
            InterpreterLanguage = appeal.Submission.InterpreterLanguage,
        };
    }
}
