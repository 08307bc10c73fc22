using Reception.Domain.Calendar;
using Reception.Domain.Deadlines;
using Reception.Workflow.Appeals;

namespace Reception.Workflow.Appeals.Activities;

/// <summary>R19: the reception's protocol with its instructions, in protocol order, and who took part (R24).</summary>
public sealed record ProtocolRecorded(IReadOnlyList<Instruction> Instructions, IReadOnlyList<string>? Attendance = null, string? Answer = null) : AppealChange
{
    public override AppealRecord ApplyTo(AppealRecord appeal, WorkingCalendar calendar, DeadlinePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        return appeal with { Progress = appeal.Progress with { Instructions = Instructions, Attendance = Attendance ?? [], ReceptionAnswer = Answer } };
    }
}
