using Microsoft.DurableTask;

namespace Reception.Workflow.Durable;

/// <summary>Retry policies for activities: storage faults are transient, and activities are idempotent.</summary>
public static class ActivityRetry
{
    /// <summary>
    /// Doubling from one second to at most 30 s between attempts, 40 attempts: about 19 minutes.
    /// </summary>
    /// <remarks>
    /// An activity that gives up fails its appeal's workflow for good, so the attempts must outlast a
    /// storage outage: with five attempts over half a minute, a 30 s outage failed workflows in the
    /// middle of a step (found by the fault suite). A bug still surfaces, after the last attempt.
    /// </remarks>
    public static TaskOptions Standard { get; } = TaskOptions.FromRetryPolicy(new RetryPolicy(
        maxNumberOfAttempts: 40,
        firstRetryInterval: TimeSpan.FromSeconds(1),
        backoffCoefficient: 2.0,
        maxRetryInterval: TimeSpan.FromSeconds(30)));
}
