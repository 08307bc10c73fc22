using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using Reception.Workflow.Deadlines;

namespace Reception.LocalHost.Deadlines;

/// <summary>
/// The local host's counterpart of the Functions timer <c>SweepDeadlineWakes</c>: wakes the
/// workflows whose deadline is near, once at start (to catch up on a host that was down) and then
/// every <see cref="DeadlineWakeOptions.SweepInterval"/> of real time.
/// </summary>
internal sealed partial class DeadlineWakeService(
    DeadlineWakeSweep sweep, DurableTaskClient workflows, IOptions<DeadlineWakeOptions> options, ILogger<DeadlineWakeService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        TimeSpan interval = options.Value.SweepInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await sweep.RunAsync(workflows, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // Never end the host: storage may be down for a while. The rows stay; the next sweep wakes them.
                LogFailed(logger, interval.TotalSeconds, ex);
            }

            try
            {
                await Task.Delay(interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The deadline wake sweep failed; the next one runs in {Seconds} s")]
    private static partial void LogFailed(ILogger logger, double seconds, Exception exception);
}
