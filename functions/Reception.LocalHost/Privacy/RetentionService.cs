using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using Reception.Domain.Time;
using Reception.Workflow.Privacy;
using Reception.Workflow.Time;

namespace Reception.LocalHost.Privacy;

/// <summary>
/// The local host's counterpart of the Functions timer <c>PurgeExpiredPersonalData</c>: the retention
/// purge once a day at <see cref="RetentionOptions.RunAt"/> Almaty time on the service's clock (so a
/// compressed clock runs it every compressed day), and once at start to catch up on a host that was down.
/// </summary>
internal sealed partial class RetentionService(
    RetentionPurge purge, DurableTaskClient workflows, ReceptionClock clock, IOptions<RetentionOptions> options, ILogger<RetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        DateTimeOffset? next = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (next is { } instant)
                {
                    await Task.Delay(clock.RealTimeUntil(instant), stoppingToken);
                }

                await purge.RunAsync(workflows, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // Never end the host (storage may be down): the appeals stay held and the next run erases them.
                LogFailed(logger, ex);
            }

            next = NextRun(clock.GetUtcNow(), options.Value.RunAt);
        }
    }

    /// <summary>The first <paramref name="runAt"/> in Almaty strictly after <paramref name="now"/>.</summary>
    public static DateTimeOffset NextRun(DateTimeOffset now, TimeOnly runAt)
    {
        DateOnly today = AlmatyTime.DateOf(now);
        DateTimeOffset candidate = AlmatyTime.StartOfDay(today) + runAt.ToTimeSpan();
        return candidate > now ? candidate : AlmatyTime.StartOfDay(today.AddDays(1)) + runAt.ToTimeSpan();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The retention purge failed; it runs again at its next time")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
