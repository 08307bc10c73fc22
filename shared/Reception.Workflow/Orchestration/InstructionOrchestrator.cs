using Microsoft.DurableTask;
using Reception.Workflow.Activities;
using Reception.Workflow.Appeals;
using Reception.Workflow.Events;

namespace Reception.Workflow.Orchestration;

/// <summary>
/// Controls one instruction of a reception's protocol (R20): waits for executors' answers with a
/// timer on the instruction's due date; an overdue instruction is marked, escalated and chased
/// every working day; only a final reasoned answer ends the control.
/// Instance id: <see cref="InstanceIdOf"/>, so staff answers reach it directly.
/// </summary>
public sealed class InstructionOrchestrator : TaskOrchestrator<InstructionInput, int>
{
    private const int MaxAnswers = 100;

    public static string InstanceIdOf(string appealId, int number) => $"{appealId}-i{number}";

    public override async Task<int> RunAsync(TaskOrchestrationContext context, InstructionInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var keys = new StepKeys($"i{input.Number:D2}-", first: 1);
        for (int answers = 1; answers <= MaxAnswers; answers++)
        {
            InstructionAnswerEvent answer = await StaffWaits.WaitAsync<InstructionAnswerEvent>(
                context,
                input.AppealId,
                StaffActions.InstructionAnswer(input.Number),
                new TimerRequest(input.AppealId, TimerBasis.Date, input.DueDate),
                "R20",
                keys,
                onMiss: new AppealChange(OverdueInstruction: input.Number));
            await context.CallActivityAsync<AppealSnapshot>(
                nameof(AdvanceAppeal),
                new AppealStep(
                    input.AppealId,
                    keys.Next("instructionAnswered"),
                    "instructionAnswered",
                    "R20",
                    $"Instruction {input.Number}: {(answer.Final ? "final" : "interim")} answer by {answer.Executor}.",
                    Change: new AppealChange(AnsweredInstruction: input.Number, Answer: new InstructionAnswer(answer.Executor, answer.Answer, answer.Final, context.CurrentUtcDateTime))),
                ActivityRetry.Standard);
            if (answer.Final)
            {
                return answers;
            }
        }

        throw new InvalidOperationException($"Instruction {input.Number} of {input.AppealId} got {MaxAnswers} interim answers and no final one.");
    }
}
