using Reception.Workflow.Appeals;

namespace Reception.Workflow.Worklists;

/// <summary>
/// The index behind the worklists: each appeal's entries, kept as it moves, read a page at a time
/// in due order. Never a scan of all appeals (except <see cref="WorklistRebuild"/>).
/// </summary>
public interface IWorklistIndex
{
    /// <summary>
    /// Makes the index hold exactly <see cref="WorklistEntries.Of"/> of this state of the appeal.
    /// Idempotent, and a state older than the one already indexed (fewer history steps) changes nothing.
    /// </summary>
    Task SyncAsync(AppealRecord appeal, CancellationToken cancellationToken);

    /// <summary>Puts the appeal on the survey call list (idempotent).</summary>
    Task ListSurveyAsync(WorklistEntry entry, CancellationToken cancellationToken);

    /// <summary>Takes the appeal off the survey call list (nothing happens if it is not on it).</summary>
    Task UnlistSurveyAsync(string appealId, DateOnly queuedOn, CancellationToken cancellationToken);

    /// <summary>Forgets what the index derives from its own rows (the cached first pages); they are built again on first use.</summary>
    Task ForgetHeadsAsync(CancellationToken cancellationToken);

    /// <summary>One page of a worklist, soonest due first.</summary>
    Task<WorklistPage> PageAsync(WorklistQuery query, CancellationToken cancellationToken);
}
