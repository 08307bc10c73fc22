using Reception.Domain.Calendar;
using Reception.Domain.Deadlines;
using Reception.Workflow.Appeals;

namespace Reception.Workflow.Appeals.Activities;

/// <summary>R20: the control of one instruction starts; answers to it are accepted from now on.</summary>
public sealed record InstructionUnderControl(int Number) : AppealChange
{
    public override AppealRecord ApplyTo(AppealRecord appeal, WorkingCalendar calendar, DeadlinePolicy policy) =>
        InstructionChanges.Change(appeal, Number, i => i with { UnderControl = true });
}
