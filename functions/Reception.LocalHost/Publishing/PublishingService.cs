using Reception.Workflow.Publishing;
using Reception.Workflow.Time;

namespace Reception.LocalHost.Publishing;

/// <summary>
/// The local host's counterpart of the Functions timer triggers: publishes next month's schedule
/// on the 25th and the past quarter's report on the first day of each quarter, at 06:00 Almaty
/// time on the service's clock, so a compressed clock shows them in a demo or a test.
/// </summary>
/// <remarks>Like a timer trigger without catch-up: a host that is down at the instant skips that run.</remarks>
internal sealed partial class PublishingService(Publisher publisher, ReceptionClock clock, ILogger<PublishingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            DateTimeOffset now = clock.GetUtcNow();
            DateTimeOffset monthly = PublicationTimes.NextMonthlySchedule(now);
            DateTimeOffset quarterly = PublicationTimes.NextQuarterlyReport(now);
            DateTimeOffset next = monthly < quarterly ? monthly : quarterly;
            try
            {
                await Task.Delay(clock.RealTimeUntil(next), stoppingToken);
                if (next == quarterly)
                {
                    (int year, int quarter) = PublicationTimes.ReportQuarterFor(next);
                    await publisher.PublishReportAsync(year, quarter, stoppingToken);
                    LogPublished(logger, $"quarterly report {year} Q{quarter}");
                }

                if (next == monthly)
                {
                    (int year, int month) = PublicationTimes.ScheduleMonthFor(next);
                    IReadOnlyList<string> gaps = await publisher.PublishScheduleAsync(year, month, stoppingToken);
                    LogPublished(logger, $"schedule {year}-{month:D2} ({gaps.Count} R12 gap(s))");
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // Never end the host (storage may be down for a while); the run is skipped, like a
                // timer trigger's, and the loop waits for the next instant.
                LogFailed(logger, ex);
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Published the {What}")]
    private static partial void LogPublished(ILogger logger, string what);

    [LoggerMessage(Level = LogLevel.Error, Message = "A publication failed; it is tried again at its next instant")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
