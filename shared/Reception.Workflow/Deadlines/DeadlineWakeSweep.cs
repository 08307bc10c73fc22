using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Reception.Workflow.Time;

namespace Reception.Workflow.Deadlines;

/// <summary>
/// Wakes the workflows whose wake row is due. A wait whose deadline is weeks off books a row
/// instead of a durable timer (<see cref="Appeals.Activities.PlanTimer"/>): on the Azure Storage backend
/// every durable timer is a hidden queue message until it fires, even after its wait is over, and
/// Azurite reads every message of the account on each queue poll, so thousands of waiting appeals
/// made every step of every appeal slower (issue 15). The woken workflow plans again: the last
/// stretch (<see cref="DeadlineWakeOptions.Lead"/>) is a durable timer, so the deadline is noticed
/// on time. Run by a timer in both hosts; running it twice at once only wakes a workflow twice,
/// and the second wake makes it plan again.
/// </summary>
public sealed partial class DeadlineWakeSweep(IDeadlineWakes wakes, ReceptionClock clock, ILogger<DeadlineWakeSweep> logger)
{
    private const int PageSize = 100;

    /// <summary>Bounds one sweep (10,000 rows); the next sweep takes the rest.</summary>
    private const int MaxPages = 100;

    /// <returns>The workflows woken.</returns>
    public async Task<int> RunAsync(DurableTaskClient workflows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workflows);
        int woken = 0;
        for (int page = 0; page < MaxPages; page++)
        {
            IReadOnlyList<DeadlineWake> due = await wakes.DueAsync(clock.RealNow.UtcDateTime, PageSize, cancellationToken);
            foreach (DeadlineWake wake in due)
            {
                if (await WakeAsync(workflows, wake.InstanceId, cancellationToken))
                {
                    woken++;
                }

                // After the raise: a crash between the two wakes the workflow again next time, which is harmless.
                await wakes.RemoveAsync(wake, cancellationToken);
            }

            if (due.Count < PageSize)
            {
                break;
            }
        }

        if (woken > 0)
        {
            LogWoken(logger, woken);
        }

        return woken;
    }

    private static async Task<bool> WakeAsync(DurableTaskClient workflows, string instanceId, CancellationToken cancellationToken)
    {
        // A finished workflow needs no wake; an event to it would only cost the engine a message.
        OrchestrationMetadata? instance = await workflows.GetInstanceAsync(instanceId, getInputsAndOutputs: false, cancellationToken);
        if (instance is null || instance.IsCompleted)
        {
            return false;
        }

        await workflows.RaiseEventAsync(instanceId, DeadlineWakeSignal.Name, new DeadlineWakeSignal(), cancellationToken);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Woke {Count} workflows whose deadline is near")]
    private static partial void LogWoken(ILogger logger, int count);
}
