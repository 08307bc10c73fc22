
namespace Reception.Workflow.Reports;

/// <summary>
/// Counters for the quarterly report (R25), kept as appeals move, so a report reads a handful of
/// rows instead of every appeal. Idempotent per (appeal, step): a step counted twice counts once.
/// </summary>
public interface IReportCounters
{
    Task AddAsync(DateOnly day, string appealId, string stepKey, IReadOnlyDictionary<string, long> increments, CancellationToken cancellationToken);

    /// <summary>Every counter of a quarter (1-4), summed.</summary>
    Task<IReadOnlyDictionary<string, long>> QuarterAsync(int year, int quarter, CancellationToken cancellationToken);
}
