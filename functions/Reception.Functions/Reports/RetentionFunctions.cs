using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Reception.Workflow.Privacy;

namespace Reception.Functions.Reports;

/// <summary>The daily retention purge (README "Personal data") at 03:00 Almaty (22:00 UTC the day before).</summary>
public sealed class RetentionFunctions(RetentionPurge purge)
{
    public const string DailyCron = "0 0 22 * * *";

    [Function("PurgeExpiredPersonalData")]
    public Task Purge([TimerTrigger(DailyCron)] TimerInfo timer, [DurableClient] DurableTaskClient workflows, CancellationToken cancellationToken) =>
        purge.RunAsync(workflows, cancellationToken);
}
