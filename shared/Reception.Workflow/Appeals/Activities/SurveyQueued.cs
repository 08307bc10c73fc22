using Reception.Domain.Calendar;
using Reception.Domain.Deadlines;
using Reception.Workflow.Appeals;

namespace Reception.Workflow.Appeals.Activities;

/// <summary>R23: the applicant goes on the office's survey list.</summary>
public sealed record SurveyQueued : AppealChange
{
    public override bool QueuesForSurvey => true;

    public override AppealRecord ApplyTo(AppealRecord appeal, WorkingCalendar calendar, DeadlinePolicy policy) => appeal;
}
