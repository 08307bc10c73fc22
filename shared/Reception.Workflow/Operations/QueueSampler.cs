using System.Diagnostics.Metrics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Reception.Workflow.Intake;
using Reception.Workflow.Notifications;
using Reception.Workflow.Telemetry;
using Reception.Workflow.Worklists;

namespace Reception.Workflow.Operations;

/// <summary>
/// Samples what needs a storage call to know — the outbox's and the start queue's depth and
/// poison counts, and the head of each worklist — every minute, for the gauges to report:
/// a gauge's callback runs on the exporter's thread and must not wait on storage.
/// </summary>
public sealed partial class QueueSampler : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    private readonly INotificationOutbox outbox;
    private readonly IAppealStartRequests starts;
    private readonly IWorklistIndex worklists;
    private readonly ILogger<QueueSampler> logger;
    private Snapshot last = new(new QueueDepth(0, 0), new QueueDepth(0, 0), new Dictionary<string, int>());

    public QueueSampler(INotificationOutbox outbox, IAppealStartRequests starts, IWorklistIndex worklists, ILogger<QueueSampler> logger)
    {
        this.outbox = outbox;
        this.starts = starts;
        this.worklists = worklists;
        this.logger = logger;
        ReceptionTelemetry.Meter.CreateObservableGauge("reception.outbox.depth", () => new[]
        {
            new Measurement<long>(last.Outbox.Queued, new KeyValuePair<string, object?>("queue", "queued")),
            new Measurement<long>(last.Outbox.Poisoned, new KeyValuePair<string, object?>("queue", "poison")),
        }, description: "Messages waiting in the outbox, and poisoned");
        ReceptionTelemetry.Meter.CreateObservableGauge("reception.starts.depth", () => new[]
        {
            new Measurement<long>(last.Starts.Queued, new KeyValuePair<string, object?>("queue", "queued")),
            new Measurement<long>(last.Starts.Poisoned, new KeyValuePair<string, object?>("queue", "poison")),
        }, description: "Workflow start requests waiting, and poisoned");
        ReceptionTelemetry.Meter.CreateObservableGauge("reception.worklist.head_items",
            () => last.Worklists.Select(w => new Measurement<int>(w.Value, new KeyValuePair<string, object?>("awaiting", w.Key))),
            description: $"Entries at the head of each worklist (counted up to {WorklistHead})");
    }

    /// <summary>The most entries of one list a sample counts (the cached head of a list).</summary>
    public const int WorklistHead = 200;

    /// <summary>Takes one sample now (also what the loop does each minute).</summary>
    public async Task SampleAsync(CancellationToken cancellationToken)
    {
        var lists = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string awaiting in WorklistKinds.All)
        {
            WorklistPage page = await worklists.PageAsync(new WorklistQuery(awaiting, null, null, WorklistHead, null), cancellationToken);
            lists[awaiting] = page.Entries.Count;
        }

        last = new Snapshot(await outbox.DepthAsync(cancellationToken), await starts.DepthAsync(cancellationToken), lists);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await SampleAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogSampleFailed(logger, ex); // storage away: the gauges keep the last sample
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sampling queue depths and worklists for the gauges failed")]
    private static partial void LogSampleFailed(ILogger logger, Exception exception);

    private sealed record Snapshot(QueueDepth Outbox, QueueDepth Starts, IReadOnlyDictionary<string, int> Worklists);
}
