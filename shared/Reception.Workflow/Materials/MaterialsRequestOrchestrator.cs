using Microsoft.DurableTask;
using Reception.Workflow.Deadlines;
using Reception.Workflow.Durable;
using Reception.Workflow.Appeals.Activities;

namespace Reception.Workflow.Materials;

/// <summary>
/// One request for materials (R26), instance id = request id: sent to the unit, then its answer
/// raced against a durable timer on the due date; past it, escalated to the Department's head on
/// the due date and on every working day after until answered (as an instruction's control, R20).
/// </summary>
public sealed class MaterialsRequestOrchestrator : TaskOrchestrator<MaterialsRequestInput, bool>
{
    /// <summary>About a year of working days of reminders; the request stays open and listed after that.</summary>
    private const int MaxReminders = 250;

    public override async Task<bool> RunAsync(TaskOrchestrationContext context, MaterialsRequestInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        string id = input.RequestId;
        if (!await context.CallActivityAsync<bool>(nameof(RecordMaterialsStep), new MaterialsStep(id, MaterialsStepKind.Requested, input), ActivityRetry.Standard))
        {
            return true; // answered before this instance ran (a restarted instance)
        }

        Task<MaterialsAnswerEvent> answered = context.WaitForExternalEvent<MaterialsAnswerEvent>(MaterialsAnswerEvent.Name);
        var request = new TimerRequest(id, TimerBasis.Date, input.Due);
        int wakes = 0;
        for (int round = 0; round < MaxReminders; round++)
        {
            PlannedTimer timer = await context.CallActivityAsync<PlannedTimer>(nameof(PlanTimer), request with { MayWake = true }, ActivityRetry.Standard);
            using var cancelTimer = new CancellationTokenSource();
            bool onWake = DeadlineTimer.SleepsOnWake(timer, wakes);
            Task expired = DeadlineTimer.Start(context, timer, onWake, cancelTimer.Token);
            if (await Task.WhenAny(answered, expired) == answered)
            {
#pragma warning disable CA1849 // an orchestrator awaits only durable tasks: cancelling the timer is synchronous on purpose
                cancelTimer.Cancel();
#pragma warning restore CA1849
                await context.CallActivityAsync<bool>(nameof(RecordMaterialsStep), new MaterialsStep(id, MaterialsStepKind.Answered, Answer: await answered), ActivityRetry.Standard);
                return true;
            }

            if (onWake)
            {
                wakes++; // the due date is near now: plan again, not a reminder round
                round--;
                continue;
            }

            await context.CallActivityAsync<bool>(nameof(RecordMaterialsStep), new MaterialsStep(id, MaterialsStepKind.Overdue, OverdueOn: timer.Due), ActivityRetry.Standard);
            request = new TimerRequest(id, TimerBasis.WorkingDaysAfterDate, timer.Due, WorkingDays: 1);
        }

        await context.CallActivityAsync<bool>(nameof(RecordMaterialsStep), new MaterialsStep(id, MaterialsStepKind.Answered, Answer: await answered), ActivityRetry.Standard);
        return true;
    }
}
