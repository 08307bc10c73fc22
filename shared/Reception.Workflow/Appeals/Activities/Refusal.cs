using Reception.Domain.Calendar;
using Reception.Domain.Deadlines;
using Reception.Workflow.Appeals;

namespace Reception.Workflow.Appeals.Activities;

/// <summary>A reasoned refusal (R3, R8): the reason told to the applicant, and for a repeat the earlier appeal.</summary>
/// <param name="AfterConsultation">The applicant got a consultation and declined the reception: surveyed too (R23).</param>
public sealed record Refusal(string? Reason, string? EarlierAppeal = null, bool AfterConsultation = false) : AppealChange
{
    public override bool QueuesForSurvey => AfterConsultation;

    public override AppealRecord ApplyTo(AppealRecord appeal, WorkingCalendar calendar, DeadlinePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        return appeal with { Progress = appeal.Progress with { Reason = Reason ?? appeal.Progress.Reason, EarlierAppeal = EarlierAppeal ?? appeal.Progress.EarlierAppeal } };
    }
}
