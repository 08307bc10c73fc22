using Reception.Domain.Calendar;
using Reception.Domain.Deadlines;
using Reception.Workflow.Appeals;

namespace Reception.Workflow.Appeals.Activities;

/// <summary>R9, R10: the term is extended; the answer is due at the extension cap (30 calendar days from registration by default).</summary>
public sealed record TermExtended(string? Reason) : AppealChange
{
    public override AppealRecord ApplyTo(AppealRecord appeal, WorkingCalendar calendar, DeadlinePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        ArgumentNullException.ThrowIfNull(policy);
        AppealDeadlines? deadlines = appeal.Deadlines is { } due && appeal.RegisteredOn is { } registeredOn
            ? due with { AnswerDue = policy.ExtendedAnswerCapDue(registeredOn, calendar) }
            : appeal.Deadlines;
        return appeal with { Deadlines = deadlines, Progress = appeal.Progress with { Extended = true, Reason = Reason ?? appeal.Progress.Reason } };
    }
}
