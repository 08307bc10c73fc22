using Reception.Domain.Calendar;
using Reception.Domain.Deadlines;
using Reception.Workflow.Appeals;

namespace Reception.Workflow.Appeals.Activities;

/// <summary>R16: an interpreter is requested for the booked reception, due the working day before it.</summary>
public sealed record InterpreterRequested(string? Language) : AppealChange
{
    public override AppealRecord ApplyTo(AppealRecord appeal, WorkingCalendar calendar, DeadlinePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        ArgumentNullException.ThrowIfNull(calendar);
        DateOnly reception = appeal.Progress.Slot?.Date ?? throw new InvalidOperationException($"Appeal {appeal.AppealId} has no slot to request an interpreter for.");
        return appeal with { Progress = appeal.Progress with { Interpreter = new InterpreterArrangement(Language, DueBefore(reception, calendar)) } };
    }

    /// <summary>The working day before the reception day.</summary>
    internal static DateOnly DueBefore(DateOnly reception, WorkingCalendar calendar) => calendar.SubtractWorkingDays(reception, 1);
}

/// <summary>R16: the office names the interpreter (and the language, when the applicant had not).</summary>
public sealed record InterpreterArranged(string Name, string Language) : AppealChange
{
    public override AppealRecord ApplyTo(AppealRecord appeal, WorkingCalendar calendar, DeadlinePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        InterpreterArrangement requested = appeal.Progress.Interpreter
            ?? throw new InvalidOperationException($"Appeal {appeal.AppealId}: no interpreter was requested.");
        return appeal with { Progress = appeal.Progress with { Interpreter = requested with { Name = Name, Language = Language } } };
    }
}
