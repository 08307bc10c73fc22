using Microsoft.DurableTask;

namespace Reception.Workflow.Activities;

/// <summary>Retry policies for activities: storage faults are transient, and activities are idempotent.</summary>
public static class ActivityRetry
{
    /// <summary>Five attempts over about half a minute, doubling from one second.</summary>
    public static TaskOptions Standard { get; } = TaskOptions.FromRetryPolicy(new RetryPolicy(
        maxNumberOfAttempts: 5,
        firstRetryInterval: TimeSpan.FromSeconds(1),
        backoffCoefficient: 2.0,
        maxRetryInterval: TimeSpan.FromSeconds(15)));
}
