
namespace Reception.Workflow.Appeals;

/// <summary>Where appeals live (Azure Tables in both hosts).</summary>
public interface IAppealStore
{
    /// <summary>Stores a new appeal with its first history step in one insert; stores nothing if the id is taken.</summary>
    /// <returns>Null when this call stored the appeal; otherwise the appeal stored earlier under its id.</returns>
    Task<AppealRecord?> CreateIfAbsentAsync(AppealRecord appeal, CancellationToken cancellationToken);

    /// <summary>Whether an appeal with that id is stored (one point read).</summary>
    Task<bool> ExistsAsync(string appealId, CancellationToken cancellationToken);

    /// <summary>The appeal with its whole history, or null when there is none with that id.</summary>
    Task<AppealRecord?> FindAsync(string appealId, CancellationToken cancellationToken);

    /// <summary>Every stored appeal, in no particular order: only for rebuilding indexes, never to serve a request.</summary>
    IAsyncEnumerable<AppealRecord> AllAsync(CancellationToken cancellationToken);

    /// <summary>The appeals that reached a final status before <paramref name="closedBefore"/> and still hold personal data: the retention purge's work.</summary>
    IAsyncEnumerable<string> HoldingPersonalDataClosedBeforeAsync(DateTimeOffset closedBefore, CancellationToken cancellationToken);

    /// <summary>
    /// Applies a status change and records its history step in one atomic write. Idempotent by
    /// <paramref name="stepKey"/>: a second call with the same key changes nothing, so an activity
    /// that runs twice records its step once.
    /// </summary>
    /// <param name="stepKey">Deterministic per appeal and step (e.g. the orchestration's step instant and name).</param>
    /// <returns>The appeal after the change (or as the first call left it).</returns>
    Task<AppealRecord> ApplyStepAsync(
        string appealId,
        string stepKey,
        Func<AppealRecord, AppealRecord> change,
        HistoryStep step,
        CancellationToken cancellationToken);
}
