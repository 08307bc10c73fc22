using Microsoft.DurableTask;
using Reception.Domain.Appeals;
using Reception.Workflow.Appeals;
using Reception.Workflow.Appeals.Activities;
using Reception.Workflow.Appeals.Events;
using Reception.Workflow.Deadlines;
using Reception.Workflow.Durable;

namespace Reception.Workflow.Appeals.Orchestration;

/// <summary>
/// Controls one instruction of a reception's protocol (R20): waits for executors' answers with a
/// timer on the instruction's due date; an overdue instruction is marked, escalated and chased
/// every working day; only a final reasoned answer ends the control.
/// </summary>
/// <remarks>
/// Each instruction is a concurrent branch of the appeal's own orchestration, with events named
/// <see cref="StaffActions.InstructionAnswer"/>, rather than a sub-orchestration: the local
/// engine's gRPC sidecar passes a sub-orchestration's tags to the Azure Storage backend in a
/// form it cannot read back, so sub-orchestrations never start there.
/// </remarks>
internal static class InstructionControl
{
    private const int MaxAnswers = 100;

    public static async Task<int> RunAsync(TaskOrchestrationContext context, string appealId, int number, DateOnly dueDate)
    {
        var keys = new StepKeys($"i{number:D2}-", first: 1);
        await context.CallActivityAsync<AppealSnapshot>(
            nameof(AdvanceAppeal),
            new AppealStep(appealId, keys.Next(StepName.ControlStarted), StepName.ControlStarted, Rule.R20,
                $"Instruction {number} under control until {dueDate:yyyy-MM-dd}.",
                Change: new InstructionUnderControl(number)),
            ActivityRetry.Standard);

        for (int answers = 1; answers <= MaxAnswers; answers++)
        {
            InstructionAnswerEvent answer = await StaffWaits.WaitAsync<InstructionAnswerEvent>(
                context,
                appealId,
                StaffActions.InstructionAnswer(number),
                new TimerRequest(appealId, TimerBasis.Date, dueDate),
                Rule.R20,
                keys,
                onMiss: new InstructionOverdue(number),
                awaitsStaffAction: false);
            await context.CallActivityAsync<AppealSnapshot>(
                nameof(AdvanceAppeal),
                new AppealStep(
                    appealId,
                    keys.Next(StepName.InstructionAnswered),
                    StepName.InstructionAnswered,
                    Rule.R20,
                    $"Instruction {number}: {(answer.Final ? "final" : "interim")} answer by {answer.Executor}.",
                    Change: new InstructionAnswered(number, new InstructionAnswer(answer.Executor, answer.Answer, answer.Final, context.CurrentUtcDateTime)),
                    By: answer.By),
                ActivityRetry.Standard);
            if (answer.Final)
            {
                return answers;
            }
        }

        throw new InvalidOperationException($"Instruction {number} of {appealId} got {MaxAnswers} interim answers and no final one.");
    }
}
