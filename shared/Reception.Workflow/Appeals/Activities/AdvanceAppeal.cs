using Microsoft.DurableTask;
using Reception.Workflow.Appeals;

namespace Reception.Workflow.Appeals.Activities;

/// <summary>
/// The activity that records a step the workflow decided: <see cref="StepRecorder"/>, then
/// <see cref="StepFollowUps"/>. Only the appeal's workflow calls it (directly or through
/// <see cref="RecordSlot"/>): the workflow is the appeal's writer.
/// </summary>
public sealed class AdvanceAppeal(StepRecorder recorder, StepFollowUps followUps) : TaskActivity<AppealStep, AppealSnapshot>
{
    public override Task<AppealSnapshot> RunAsync(TaskActivityContext context, AppealStep input) =>
        ExecuteAsync(input, CancellationToken.None);

    public async Task<AppealSnapshot> ExecuteAsync(AppealStep step, CancellationToken cancellationToken)
    {
        AppealRecord appeal = await recorder.RecordAsync(step, cancellationToken);
        await followUps.RunAsync(step, appeal, cancellationToken);
        return AppealSnapshot.Of(appeal);
    }
}
