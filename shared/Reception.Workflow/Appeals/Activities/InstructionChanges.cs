using Reception.Workflow.Appeals;

namespace Reception.Workflow.Appeals.Activities;

/// <summary>Changes one instruction of an appeal's protocol, by its number.</summary>
internal static class InstructionChanges
{
    public static AppealRecord Change(AppealRecord appeal, int number, Func<Instruction, Instruction> change)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        return appeal with
        {
            Progress = appeal.Progress with { Instructions = [.. appeal.Progress.Instructions.Select(i => i.Number == number ? change(i) : i)] },
        };
    }
}
