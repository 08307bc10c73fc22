using Reception.Domain.Calendar;
using Reception.Domain.Deadlines;
using Reception.Workflow.Appeals;

namespace Reception.Workflow.Activities;

/// <summary>R19: the reception's protocol with its instructions, in protocol order.</summary>
public sealed record ProtocolRecorded(IReadOnlyList<Instruction> Instructions) : AppealChange
{
    public override AppealRecord ApplyTo(AppealRecord appeal, WorkingCalendar calendar, DeadlinePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        return appeal with { Progress = appeal.Progress with { Instructions = Instructions } };
    }
}
