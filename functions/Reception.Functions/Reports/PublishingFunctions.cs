using Microsoft.Azure.Functions.Worker;
using Reception.Workflow.Publishing;

namespace Reception.Functions.Reports;

/// <summary>The timers: next month's schedule (R12, R13) and the past quarter's report (R25), at 06:00 Almaty (01:00 UTC).</summary>
public sealed class PublishingFunctions(Publisher publisher, TimeProvider clock)
{
    [Function("PublishMonthlySchedule")]
    public Task PublishSchedule([TimerTrigger(PublicationTimes.MonthlyScheduleCron)] TimerInfo timer, CancellationToken cancellationToken)
    {
        (int year, int month) = PublicationTimes.ScheduleMonthFor(clock.GetUtcNow());
        return publisher.PublishScheduleAsync(year, month, cancellationToken);
    }

    [Function("PublishQuarterlyReport")]
    public Task PublishReport([TimerTrigger(PublicationTimes.QuarterlyReportCron)] TimerInfo timer, CancellationToken cancellationToken)
    {
        (int year, int quarter) = PublicationTimes.ReportQuarterFor(clock.GetUtcNow());
        return publisher.PublishReportAsync(year, quarter, cancellationToken);
    }
}
