using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Reception.Domain.Schedule;
using Reception.Workflow.Notifications;
using Reception.Workflow.Ports;
using Reception.Workflow.Publishing;
using Reception.Workflow.Schedule;
using Reception.Workflow.Tests.Fakes;

namespace Reception.Workflow.Tests.Publishing;

public class PublisherTests
{
    private readonly InMemoryScheduleStore schedule = new();
    private readonly InMemoryOutbox outbox = new();
    private readonly Documents documents = new();

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
    }

    private Publisher Publisher(IReportCounters? counters = null) => new(
        schedule,
        counters ?? new InMemoryReportCounters(),
        documents,
        outbox,
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Reception:Officials:AkimAndDeputies:0"] = "akim",
            ["Reception:Officials:AkimAndDeputies:1"] = "deputy-1",
        }).Build(),
        TimeProvider.System);

    private sealed class Documents : IDocumentStore
    {
        public ConcurrentDictionary<string, string> Saved { get; } = new();

        public Task SaveAsync(string path, string content, string contentType, CancellationToken cancellationToken)
        {
            Saved[path] = content;
            return Task.CompletedTask;
        }
    }
}
