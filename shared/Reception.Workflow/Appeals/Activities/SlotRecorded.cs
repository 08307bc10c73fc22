using Reception.Domain.Calendar;
using Reception.Domain.Deadlines;
using Reception.Workflow.Appeals;

namespace Reception.Workflow.Appeals.Activities;

/// <summary>R8, R7, R14, R17: the applicant's slot as the schedule holds it, and why it moved.</summary>
public sealed record SlotRecorded(BookedSlot Slot, string? Reason = null) : AppealChange
{
    public override AppealRecord ApplyTo(AppealRecord appeal, WorkingCalendar calendar, DeadlinePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        ArgumentNullException.ThrowIfNull(calendar);

        // An interpreter still to be arranged is due the working day before the new date (R16).
        InterpreterArrangement? interpreter = appeal.Progress.Interpreter is { IsArranged: false } pending
            ? pending with { Due = InterpreterRequested.DueBefore(Slot.Date, calendar) }
            : appeal.Progress.Interpreter;
        return appeal with { Progress = appeal.Progress with { Slot = Slot, Reason = Reason ?? appeal.Progress.Reason, Interpreter = interpreter } };
    }
}
