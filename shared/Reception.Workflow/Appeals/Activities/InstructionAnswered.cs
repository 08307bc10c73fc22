using Reception.Domain.Calendar;
using Reception.Domain.Deadlines;
using Reception.Workflow.Appeals;

namespace Reception.Workflow.Appeals.Activities;

/// <summary>R20: an executor's answer to one instruction; a final one ends its control.</summary>
public sealed record InstructionAnswered(int Number, InstructionAnswer Answer) : AppealChange
{
    public override AppealRecord ApplyTo(AppealRecord appeal, WorkingCalendar calendar, DeadlinePolicy policy) =>
        InstructionChanges.Change(appeal, Number, i => i with { Answers = [.. i.Answers, Answer] });
}
