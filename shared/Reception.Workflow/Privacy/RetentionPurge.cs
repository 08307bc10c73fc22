using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reception.Workflow.Appeals;
using Reception.Workflow.Time;

namespace Reception.Workflow.Privacy;

/// <summary>
/// The daily purge: every appeal closed longer ago than <see cref="RetentionOptions.KeepFor"/> whose
/// personal data is still held is erased (<see cref="PersonalDataEraser"/>). Both hosts run it
/// once a day (a timer trigger in Azure, a background service locally).
/// </summary>
public sealed partial class RetentionPurge(
    IAppealStore appeals, IPersonalDataStore personalData, PersonalDataEraser eraser, IOptions<RetentionOptions> options, ReceptionClock clock, ILogger<RetentionPurge> logger)
{
    /// <summary>Who the history names for a purge: the service itself.</summary>
    public static readonly Actor Service = new("service:retention", "Retention purge", "service");

    private static readonly TimeSpan OrphanAge = TimeSpan.FromDays(1);
    private static readonly TimeSpan OrphanLookBack = TimeSpan.FromDays(8);

    /// <returns>How many appeals were erased in this run.</returns>
    public async Task<int> RunAsync(DurableTaskClient workflows, CancellationToken cancellationToken)
    {
        RetentionOptions o = options.Value;
        DateTimeOffset now = clock.GetUtcNow();
        DateTimeOffset closedBefore = now - o.KeepFor;
        int erased = 0, waiting = 0, failed = 0;
        await foreach (string appealId in appeals.HoldingPersonalDataClosedBeforeAsync(closedBefore, cancellationToken))
        {
            // Erasures count toward the cap; appeals that must wait (a workflow still finishing, a
            // failure) are bounded too, so one that never can does not hold back the rest for ever.
            if (erased >= o.MaxPerRun || waiting + failed >= o.MaxPerRun)
            {
                break;
            }

            try
            {
                ErasureOutcome outcome = await eraser.EraseAsync(appealId, Service, $"retention term of {o.KeepFor.TotalDays:0} day(s) after closing", workflows, cancellationToken);
                _ = outcome == ErasureOutcome.Erased ? erased++ : waiting++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failed++;
                LogFailed(logger, appealId, ex);
            }
        }

        int orphans = await EraseOrphansAsync(now, cancellationToken);
        LogRun(logger, erased, waiting, failed, orphans, closedBefore);
        return erased;
    }

    /// <summary>
    /// Personal data of an appeal that was never stored: intake writes the person first, and a crash
    /// before the appeal's row (with no retry of the same request) leaves them alone. A row older
    /// than a day without its appeal is such a one; a week of them is looked at, so a host that was
    /// down for some days catches up.
    /// </summary>
    private async Task<int> EraseOrphansAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        int erased = 0;
        await foreach (string appealId in personalData.StoredBetweenAsync(now - OrphanLookBack, now - OrphanAge, cancellationToken))
        {
            if (!await appeals.ExistsAsync(appealId, cancellationToken))
            {
                await personalData.EraseAsync(appealId, cancellationToken);
                erased++;
            }
        }

        return erased;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention purge: {Erased} appeal(s) erased, {Waiting} waiting and {Failed} failed (tried again at the next run), {Orphans} orphaned row set(s) erased; closed before {ClosedBefore}")]
    private static partial void LogRun(ILogger logger, int erased, int waiting, int failed, int orphans, DateTimeOffset closedBefore);

    [LoggerMessage(Level = LogLevel.Error, Message = "Retention purge: erasing appeal {AppealId} failed; it is tried again at the next run")]
    private static partial void LogFailed(ILogger logger, string appealId, Exception exception);
}
