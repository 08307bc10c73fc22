using Reception.Domain.Calendar;
using Reception.Domain.Deadlines;
using Reception.Workflow.Appeals;

namespace Reception.Workflow.Appeals.Activities;

/// <summary>R5: the Department's memo proposes an official and a date to the head.</summary>
public sealed record ProposalMade(Proposal Proposal) : AppealChange
{
    public override AppealRecord ApplyTo(AppealRecord appeal, WorkingCalendar calendar, DeadlinePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        return appeal with { Progress = appeal.Progress with { Proposal = Proposal } };
    }
}
