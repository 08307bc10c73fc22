
namespace Reception.Workflow.Deadlines;

/// <summary>What a deadline is counted from.</summary>
/// <remarks>New members go last: timer requests in running workflows' histories keep their meaning.</remarks>
public enum TimerBasis
{
    /// <summary>The appeal's answer due date (R8, moved by R9).</summary>
    AnswerDue,

    /// <summary>The appeal's reception day (moved by R14).</summary>
    ReceptionDay,

    /// <summary>A given date (an instruction's due date, R19).</summary>
    Date,

    /// <summary>A number of working days after a given date (reminders after a missed deadline).</summary>
    WorkingDaysAfterDate,

    /// <summary>The working day before the appeal's reception day (an interpreter arranged, R16).</summary>
    WorkingDayBeforeReception,
}
