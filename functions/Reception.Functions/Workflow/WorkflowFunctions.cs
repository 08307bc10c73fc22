using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Reception.Domain.Appeals;
using Reception.Workflow.Appeals.Activities;
using Reception.Workflow.Appeals.Events;
using Reception.Workflow.Appeals.Orchestration;
using Reception.Workflow.Deadlines;

namespace Reception.Functions.Workflow;

/// <summary>
/// Thin <c>[Function]</c> wrappers that declare the shared orchestrators and activities to the
/// Functions host under the same <c>nameof</c> names the local host registers
/// (the Durable source generator is not available to this project).
/// </summary>
public sealed class WorkflowFunctions(
    OpenAppeal openAppeal,
    AdvanceAppeal advanceAppeal,
    PlanTimer planTimer,
    BookSlot bookSlot,
    RecordSlot recordSlot,
    CheckVideoConnection checkVideoConnection,
    StartHandedInAppeals startHandedInAppeals)
{
    [Function(nameof(AppealOrchestrator))]
    public static Task<AppealStatus> RunAppealOrchestrator([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new AppealOrchestrator().RunAsync(context, InputOf<AppealWorkflowInput>(context));
    }

    [Function(nameof(OpenAppeal))]
    public Task<AppealOpening> RunOpenAppeal([ActivityTrigger] OpenAppealInput input, CancellationToken cancellationToken) =>
        openAppeal.ExecuteAsync(input, cancellationToken);

    [Function(nameof(AdvanceAppeal))]
    public Task<AppealSnapshot> RunAdvanceAppeal([ActivityTrigger] AppealStep input, CancellationToken cancellationToken) =>
        advanceAppeal.ExecuteAsync(input, cancellationToken);

    [Function(nameof(PlanTimer))]
    public Task<PlannedTimer> RunPlanTimer([ActivityTrigger] TimerRequest input, CancellationToken cancellationToken) =>
        planTimer.ExecuteAsync(input, cancellationToken);

    [Function(nameof(BookSlot))]
    public Task<SlotBooking?> RunBookSlot([ActivityTrigger] string appealId, CancellationToken cancellationToken) =>
        bookSlot.ExecuteAsync(appealId, cancellationToken);

    [Function(nameof(RecordSlot))]
    public Task<AppealSnapshot> RunRecordSlot([ActivityTrigger] RecordSlotInput input, CancellationToken cancellationToken) =>
        recordSlot.ExecuteAsync(input, cancellationToken);

    [Function(nameof(CheckVideoConnection))]
    public Task<VideoConnectionCheck> RunCheckVideoConnection([ActivityTrigger] string appealId, CancellationToken cancellationToken) =>
        checkVideoConnection.ExecuteAsync(appealId, cancellationToken);

    [Function(nameof(StartHandedInAppeals))]
    public Task<IReadOnlyList<string>> RunStartHandedInAppeals(
        [ActivityTrigger] HandedInAppeals input, CancellationToken cancellationToken) =>
        startHandedInAppeals.ExecuteAsync(input, cancellationToken);

    private static T InputOf<T>(TaskOrchestrationContext context) =>
        context.GetInput<T>() ?? throw new InvalidOperationException($"The orchestration needs its {typeof(T).Name} input.");
}
