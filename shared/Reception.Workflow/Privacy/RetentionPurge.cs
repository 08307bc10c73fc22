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
    IAppealStore appeals, PersonalDataEraser eraser, IOptions<RetentionOptions> options, ReceptionClock clock, ILogger<RetentionPurge> logger)
{
    /// <summary>Who the history names for a purge: the service itself.</summary>
    public static readonly Actor Service = new("service:retention", "Retention purge", "service");

    /// <returns>How many appeals were erased in this run.</returns>
    public async Task<int> RunAsync(DurableTaskClient workflows, CancellationToken cancellationToken)
    {
        RetentionOptions o = options.Value;
        DateTimeOffset closedBefore = clock.GetUtcNow() - o.KeepFor;
        int erased = 0, waiting = 0;
        await foreach (string appealId in appeals.HoldingPersonalDataClosedBeforeAsync(closedBefore, cancellationToken))
        {
            if (erased + waiting >= o.MaxPerRun)
            {
                break;
            }

            ErasureOutcome outcome = await eraser.EraseAsync(appealId, Service, $"retention term of {o.KeepFor.TotalDays:0} day(s) after closing", workflows, cancellationToken);
            if (outcome == ErasureOutcome.Erased)
            {
                erased++;
            }
            else
            {
                waiting++;
            }
        }

        LogRun(logger, erased, waiting, closedBefore);
        return erased;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention purge: {Erased} appeal(s) erased, {Waiting} left for the next run, closed before {ClosedBefore}")]
    private static partial void LogRun(ILogger logger, int erased, int waiting, DateTimeOffset closedBefore);
}
