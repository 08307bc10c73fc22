using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Reception.Domain.Appeals;
using Reception.Workflow.Notifications;
using Reception.Workflow.Reports;
using Reception.Workflow.Schedule;
using Reception.Workflow.Serialization;

namespace Reception.Workflow.Publishing;

/// <summary>
/// What the timers publish: the month's schedule in both languages and as iCalendar (R13), with
/// the R12 check that the akim and every deputy receive that month; and the quarter's report
/// (R25) as JSON, CSV and HTML, the HTML sent as an attachment to the akim and the Presidential Administration.
/// </summary>
/// <remarks>Re-running a publication overwrites the same blobs and re-uses the same message ids: nothing is sent twice.</remarks>
public sealed class Publisher(IScheduleStore schedule, ScheduleCheck check, IReportCounters counters, IDocumentStore documents, INotificationOutbox outbox, TimeProvider clock)
{
    /// <summary>Configuration: the ids of the akim and the deputies, who must receive every month (R12).</summary>
    public const string AkimAndDeputiesKey = ScheduleCheck.AkimAndDeputiesKey;

    /// <summary>Publishes the month's schedule and returns the R12 gaps in words (none: the schedule is complete).</summary>
    public async Task<IReadOnlyList<string>> PublishScheduleAsync(int year, int month, CancellationToken cancellationToken)
    {
        IReadOnlyList<ScheduledDay> days = await schedule.MonthAsync(year, month, cancellationToken);
        string folder = string.Create(CultureInfo.InvariantCulture, $"schedules/{year:D4}-{month:D2}");
        foreach (Language language in Enum.GetValues<Language>())
        {
            PublishedSchedule published = PublishedSchedule.From(year, month, language, days);
            string lang = Domain.CamelCaseNames.Of(language);
            await documents.SaveAsync($"{folder}/schedule.{lang}.json", JsonSerializer.Serialize(published, ReceptionJson.Options), "application/json", cancellationToken);
            await documents.SaveAsync($"{folder}/schedule.{lang}.ics", published.ToICalendar(clock.GetUtcNow()), "text/calendar", cancellationToken);
        }

        ScheduleCheckReport r12 = await check.MonthAsync(year, month, cancellationToken);
        IReadOnlyList<string> gaps = r12.GapsInWords();
        await documents.SaveAsync($"{folder}/r12-gaps.json", JsonSerializer.Serialize(r12, ReceptionJson.Options), "application/json", cancellationToken);
        if (gaps.Count > 0)
        {
            string text = NotificationTemplates.Render(NotificationKind.ScheduleGap, Language.Ru, new Dictionary<string, string>
            {
                ["month"] = string.Create(CultureInfo.InvariantCulture, $"{month:D2}.{year}"),
                ["officials"] = string.Join(", ", gaps),
            });
            await outbox.EnqueueAsync(new OutgoingNotification($"r12-{year:D4}-{month:D2}", string.Empty, NotificationKind.ScheduleGap, "ru", Audience.DepartmentHead, text), cancellationToken);
        }

        return gaps;
    }

    public async Task<QuarterlyReport> PublishReportAsync(int year, int quarter, CancellationToken cancellationToken)
    {
        QuarterlyReport report = QuarterlyReport.From(year, quarter, await counters.QuarterAsync(year, quarter, cancellationToken));
        string folder = string.Create(CultureInfo.InvariantCulture, $"reports/{year:D4}-Q{quarter}");
        await documents.SaveAsync($"{folder}/report.json", JsonSerializer.Serialize(report, ReceptionJson.Options), "application/json", cancellationToken);
        await documents.SaveAsync($"{folder}/report.csv", report.ToCsv(), "text/csv", cancellationToken);
        await documents.SaveAsync($"{folder}/report.html", QuarterlyReportPage.Render(report), "text/html", cancellationToken);
        // The report itself goes with the message (the recipients cannot open the service's storage).
        string fileName = string.Create(CultureInfo.InvariantCulture, $"reception-report-{year:D4}-Q{quarter}.html");
        string text = NotificationTemplates.Render(NotificationKind.QuarterlyReport, Language.Ru, new Dictionary<string, string>
        {
            ["quarter"] = string.Create(CultureInfo.InvariantCulture, $"{quarter} ({year})"),
            ["file"] = fileName,
        });
        var attachment = new NotificationAttachment($"{folder}/report.html", fileName, "text/html");
        await outbox.EnqueueAsync(new OutgoingNotification($"r25-{year:D4}-Q{quarter}", string.Empty, NotificationKind.QuarterlyReport, "ru", Audience.PresidentialAdministration, text) { Attachment = attachment }, cancellationToken);
        await outbox.EnqueueAsync(new OutgoingNotification($"r25-{year:D4}-Q{quarter}-akim", string.Empty, NotificationKind.QuarterlyReport, "ru", Audience.Akim, text) { Attachment = attachment }, cancellationToken);
        return report;
    }
}
