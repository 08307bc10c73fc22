using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Reception.Workflow.Deadlines;

namespace Reception.Functions.Workflow;

/// <summary>
/// Wakes the workflows whose deadline is near (<see cref="DeadlineWakeSweep"/>), every five minutes:
/// keep <c>Reception:DeadlineWakes:Lead</c> above that (its default is an hour).
/// </summary>
public sealed class DeadlineWakeFunctions(DeadlineWakeSweep sweep)
{
    public const string SweepCron = "0 */5 * * * *";

    [Function("SweepDeadlineWakes")]
    public Task Sweep([TimerTrigger(SweepCron)] TimerInfo timer, [DurableClient] DurableTaskClient workflows, CancellationToken cancellationToken) =>
        sweep.RunAsync(workflows, cancellationToken);
}
