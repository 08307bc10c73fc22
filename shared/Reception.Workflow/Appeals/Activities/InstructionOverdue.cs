using Reception.Domain.Calendar;
using Reception.Domain.Deadlines;
using Reception.Workflow.Appeals;

namespace Reception.Workflow.Appeals.Activities;

/// <summary>R20: an instruction's deadline passed without a final answer.</summary>
public sealed record InstructionOverdue(int Number) : AppealChange
{
    public override AppealRecord ApplyTo(AppealRecord appeal, WorkingCalendar calendar, DeadlinePolicy policy) =>
        InstructionChanges.Change(appeal, Number, i => i with { Overdue = true });
}
