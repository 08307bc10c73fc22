using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Reception.Domain.Schedule;
using Reception.Workflow.Notifications;
using Reception.Workflow.Publishing;
using Reception.Workflow.Reports;
using Reception.Workflow.Schedule;
using Reception.Workflow.Tests.Fakes;

namespace Reception.Workflow.Tests.Publishing;

public class PublisherTests
{
    private readonly InMemoryScheduleStore schedule = new();
    private readonly InMemoryOutbox outbox = new();
    private readonly Documents documents = new();
    private readonly InMemoryReportingMeetings meetings = new();

    [Fact]
    public async Task R12_DeputyWithoutAReceptionDay_IsReportedOnceAndTheScheduleIsPublishedInBothLanguages()
    {
        await schedule.SaveDayAsync(new ScheduledDay("akim", new OfficialName("Облыс әкімі", "Аким области"), new DateOnly(2026, 5, 13), new TimeOnly(10, 0), new TimeOnly(12, 0), 20, ReceptionMode.InPerson), CancellationToken.None);

        IReadOnlyList<string> gaps = await Publisher().PublishScheduleAsync(2026, 5, CancellationToken.None);
        await Publisher().PublishScheduleAsync(2026, 5, CancellationToken.None); // the timer fires again

        Assert.Equal(["deputy-1"], gaps);
        Assert.Contains("Облыс әкімі", documents.Saved["schedules/2026-05/schedule.kk.json"], StringComparison.Ordinal);
        Assert.Contains("Аким области", documents.Saved["schedules/2026-05/schedule.ru.json"], StringComparison.Ordinal);
        Assert.StartsWith("BEGIN:VCALENDAR", documents.Saved["schedules/2026-05/schedule.ru.ics"], StringComparison.Ordinal);
        Assert.Equal(1, outbox.Sent.Select(n => n.Id).Distinct().Count(id => id == "r12-2026-05")); // one id: the dispatcher sends it once
        Assert.Contains(outbox.Sent, n => n.Kind == NotificationKind.ScheduleGap && n.Text.Contains("deputy-1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task R25_QuarterlyReport_IsStoredInThreeFormatsAndSentToTheAkimAndTheAdministration()
    {
        var counters = new InMemoryReportCounters();
        await counters.AddAsync(new DateOnly(2026, 2, 3), "a1", "0001-registered", new Dictionary<string, long> { ["registered"] = 1 }, CancellationToken.None);

        await Publisher(counters).PublishReportAsync(2026, 1, CancellationToken.None);

        Assert.Contains("\"registered\":1", documents.Saved["reports/2026-Q1/report.json"], StringComparison.Ordinal);
        Assert.Contains("appeals,registered,1", documents.Saved["reports/2026-Q1/report.csv"], StringComparison.Ordinal);
        Assert.Contains("Зарегистрировано обращений: <b>1</b>", documents.Saved["reports/2026-Q1/report.html"], StringComparison.Ordinal);
        Assert.Equal(["akim", "presidentialAdministration"], outbox.Sent.Where(n => n.Kind == NotificationKind.QuarterlyReport).Select(n => n.Audience).Order());

        // R25: the report goes as a document, not as a path inside the service's storage.
        Assert.All(outbox.Sent.Where(n => n.Kind == NotificationKind.QuarterlyReport), n =>
        {
            Assert.Equal(new NotificationAttachment("reports/2026-Q1/report.html", "reception-report-2026-Q1.html", "text/html"), n.Attachment);
            Assert.DoesNotContain("reports/2026-Q1", n.Text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task R12_ReportingMeeting_WithoutAReceptionTheWorkingDayAfter_IsAGap()
    {
        // Meeting Thu 14 May 2026: receptions needed Wed 13 (there) and Fri 15 (missing).
        await schedule.SaveDayAsync(new ScheduledDay("akim", new OfficialName("Облыс әкімі", "Аким области"), new DateOnly(2026, 5, 13), new TimeOnly(10, 0), new TimeOnly(12, 0), 20, ReceptionMode.InPerson), CancellationToken.None);
        await schedule.SaveDayAsync(new ScheduledDay("deputy-1", new OfficialName("Орынбасар", "Заместитель"), new DateOnly(2026, 5, 20), new TimeOnly(10, 0), new TimeOnly(12, 0), 20, ReceptionMode.InPerson), CancellationToken.None);
        await meetings.SaveAsync(new ReportingMeeting("akim", new DateOnly(2026, 5, 14), "Қонаев"), CancellationToken.None);

        IReadOnlyList<string> gaps = await Publisher().PublishScheduleAsync(2026, 5, CancellationToken.None);

        Assert.Equal(["akim 15.05.2026 (на следующий день после отчетной встречи 14.05.2026)"], gaps);
        Assert.Contains("\"missingAroundReportingMeetings\":[{\"officialId\":\"akim\"", documents.Saved["schedules/2026-05/r12-gaps.json"], StringComparison.Ordinal);
    }

    private Publisher Publisher(IReportCounters? counters = null)
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Reception:Officials:AkimAndDeputies:0"] = "akim",
            ["Reception:Officials:AkimAndDeputies:1"] = "deputy-1",
        }).Build();
        return new(
            schedule,
            new ScheduleCheck(schedule, meetings, Domain.Calendar.BuiltInCalendarData.CreateCalendar(), configuration),
            counters ?? new InMemoryReportCounters(),
            documents,
            outbox,
            TimeProvider.System);
    }

    private sealed class Documents : IDocumentStore
    {
        public ConcurrentDictionary<string, string> Saved { get; } = new();

        public Task SaveAsync(string path, string content, string contentType, CancellationToken cancellationToken)
        {
            Saved[path] = content;
            return Task.CompletedTask;
        }

        public Task<string?> ReadAsync(string path, CancellationToken cancellationToken) =>
            Task.FromResult(Saved.TryGetValue(path, out string? content) ? content : null);
    }
}
