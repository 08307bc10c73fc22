using System.Collections;
using System.Reflection;
using DurableTask.AzureStorage;
using Reception.LocalHost;

namespace Reception.LocalHost.Engine;

/// <summary>
/// The Azure Storage backend's table of activity work items in progress (its private
/// <c>activeActivitySessions</c>, keyed by queue message id), reached by reflection because the
/// backend offers no way to drop an entry whose abandon failed (<see cref="AbandonedActivityRelease"/>).
/// </summary>
/// <remarks>
/// Works around: the same upstream source as <see cref="AbandonedActivityRelease"/> (Azure/durabletask,
/// <c>src/DurableTask.AzureStorage/AzureStorageOrchestrationService.cs</c>, field <c>activeActivitySessions</c>).
/// Pinned by <c>AbandonedActivityReleaseTests.TheBackendKeepsItsActivitiesInProgressWhereTheReleaseLooksForThem</c>: an upgrade of Microsoft.Azure.DurableTask.AzureStorage
/// that renames or retypes the field fails that test instead of silently bringing the stuck activities back.
/// </remarks>
internal sealed class BackendActivitySessions(AzureStorageOrchestrationService backend)
{
    private static readonly FieldInfo? Field =
        typeof(AzureStorageOrchestrationService).GetField("activeActivitySessions", BindingFlags.NonPublic | BindingFlags.Instance);

    /// <summary>Whether this version of the backend has the table where it is expected.</summary>
    public static bool Reachable => Field is not null && typeof(IDictionary).IsAssignableFrom(Field.FieldType);

    /// <summary>Drops the work item's entry; true if there was one.</summary>
    public bool Forget(string workItemId)
    {
        if (Sessions() is not { } sessions || !sessions.Contains(workItemId))
        {
            return false;
        }

        sessions.Remove(workItemId); // a ConcurrentDictionary: safe beside the dispatcher's own use
        return true;
    }

    private IDictionary? Sessions() => Reachable ? Field!.GetValue(backend) as IDictionary : null;
}
