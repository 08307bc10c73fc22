using System.Globalization;
using Azure.Data.Tables;
using Reception.Domain.Appeals;
using Reception.Domain.Applicants;
using Reception.EndToEnd.Infrastructure;
using Reception.Storage.Tables;
using Reception.Workflow.Appeals;
using Reception.Workflow.Privacy;
using Reception.Workflow.Worklists;

namespace Reception.Benchmarks;

/// <summary>
/// A worklist page of 50 (the index, one range read) beside a point read of one appeal (the
/// baseline), measured on the same tables in the same run, first at a tenth of the appeals and
/// then at all of them. Targets (issue 13): page p99 at most 3x the point read's, and not growing
/// with the number of appeals.
/// </summary>
internal static class WorklistBenchmark
{
    // As many appeals moving at once as the workflow workers run activities (the local host runs 8 or so).
    private const int Writers = 8;
    private const int Reads = 400;
    private const int Readers = 4;
    private static readonly string[] Waits = [StaffActions.Review, StaffActions.Review, StaffActions.Decision, StaffActions.Reception, StaffActions.CentralBodyResponse];

    public static async Task RunAsync(int appeals, int seed)
    {
        var service = new TableServiceClient(LocalHostProcess.StorageConnectionString);
        string prefix = "wb" + Guid.NewGuid().ToString("N")[..8];
        var tables = new ReceptionTables(service, prefix);
        var personalData = new TablePersonalDataStore(service, prefix + TablePersonalDataStore.TableRole);
        var store = new TableAppealStore(tables, personalData);
        var index = new TableWorklistIndex(tables);
        var random = new Random(seed);
        var ids = new List<string>();
        int seeded = 0;
        try
        {
            Console.WriteLine($"Appeals stored as the service stores them, each indexed for what it waits for (seed {seed}).");
            Console.WriteLine();
            Console.WriteLine($"{"appeals",8} {"read",-34} {"p50 ms",9} {"p99 ms",9}");
            var results = new List<(int Appeals, Figures Point, Figures Page)>();
            foreach (int size in new[] { Math.Max(100, appeals / 10), appeals })
            {
                int from = seeded;
                string[] batch = [.. Enumerable.Range(from, size - from).Select(_ => Guid.NewGuid().ToString("N"))];
                await LatencyRecorder.RunAsync("seed", Writers, batch.Length, async i =>
                {
                    AppealRecord appeal = Appeal(batch[i], from + i);
                    await store.CreateIfAbsentAsync(appeal with { History = [appeal.History[0]] }, CancellationToken.None);
                    await index.SyncAsync(appeal, CancellationToken.None);
                });
                ids.AddRange(batch);
                seeded = size;

                string[] picks = [.. Enumerable.Range(0, Reads).Select(_ => ids[random.Next(ids.Count)])];
                await store.FindAsync(picks[0], CancellationToken.None); // warm the connection
                Figures point = await LatencyRecorder.RunAsync("point read of one appeal", Readers, Reads, i => store.FindAsync(picks[i], CancellationToken.None));
                // As the page is served: the index's range read, then the names (held by the host, or read from the personal data store).
                var names = new WorklistNames(personalData, TimeProvider.System);
                async Task PageAsync()
                {
                    WorklistPage first = await index.PageAsync(new WorklistQuery(StaffActions.Review, null, null, 50, null), CancellationToken.None);
                    IReadOnlyList<WorklistEntry> named = await names.FillAsync(first.Entries, CancellationToken.None);
                    if (named.Count != 50 || named.Any(e => e.ApplicantName.Length == 0))
                    {
                        throw new InvalidOperationException($"A page of {first.Entries.Count} with {named.Count(e => e.ApplicantName.Length > 0)} names, not 50.");
                    }
                }

                Figures page = await LatencyRecorder.RunAsync("worklist page of 50 (review)", Readers, Reads, _ => PageAsync());
                Figures cold = await LatencyRecorder.RunAsync("  same, names not held (50 reads)", 1, Reads / 4, async _ =>
                {
                    names.ForgetAll();
                    await PageAsync();
                });
                foreach (Figures f in new[] { point, page, cold })
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{size,8} {f.Name,-34} {f.P50,9:F2} {f.P99,9:F2}"));
                }

                results.Add((size, point, page));
            }

            (int small, Figures smallPoint, Figures smallPage) = results[0];
            (int large, Figures largePoint, Figures largePage) = results[1];
            double ratio = largePage.P99 / largePoint.P99;
            double growth = largePage.P99 / smallPage.P99;
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"page p99 / point read p99 at {large} appeals = {ratio:F2}  (target <= 3) {(ratio <= 3 ? "met" : "NOT met")}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"page p50 at {large} / at {small} appeals = {largePage.P50 / smallPage.P50:F2}, p99 {growth:F2}; point read p50 {largePoint.P50 / smallPoint.P50:F2}, p99 {largePoint.P99 / smallPoint.P99:F2} (flat is ~1: the first page is one read of the list's first cached slice of 50, whatever the total)"));
        }
        finally
        {
            await foreach (Azure.Data.Tables.Models.TableItem table in service.QueryAsync(TableServiceClient.CreateQueryFilter($"TableName ge {prefix} and TableName lt {prefix + "~"}")))
            {
                await service.DeleteTableAsync(table.Name);
            }
        }
    }

    /// <summary>An appeal past registration, waiting for one of the staff actions, with a realistic history.</summary>
    private static AppealRecord Appeal(string id, int n)
    {
        string wait = Waits[n % Waits.Length];
        var received = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(5)).AddMinutes(n % 30_000);
        DateOnly answerDue = DateOnly.FromDateTime(received.Date).AddDays(15 + (n % 40));
        AppealProgress progress = wait == StaffActions.Reception
            ? new AppealProgress { Awaiting = wait, Slot = new BookedSlot("akim", answerDue.AddDays(10), new TimeOnly(10, 0), Domain.Schedule.ReceptionMode.InPerson) }
            : new AppealProgress { Awaiting = wait };
        return new AppealRecord
        {
            AppealId = id,
            TrackingCode = "T" + id[..11].ToUpperInvariant(),
            Channel = Channel.CallCenter,
            ReceivedAt = received,
            Status = wait == StaffActions.Reception ? AppealStatus.Scheduled : AppealStatus.UnderReview,
            RegistrationNumber = $"RCP-2026-{n:D6}",
            RegisteredOn = DateOnly.FromDateTime(received.Date),
            Deadlines = new AppealDeadlines(DateOnly.FromDateTime(received.Date).AddDays(3), answerDue),
            Progress = progress,
            Submission = new AppealSubmission(
                "CC-" + id,
                new Applicant(ApplicantType.Individual, "900101400122", "Ахметова", "Айгерим", "Серіккызы", "+77011234567", null, "KZ", n % 7 == 0 ? [OutOfTurnCategory.Disability] : [], null),
                "Ремонт дороги на улице Абая: ямы на проезжей части после зимы, просьба включить в план ремонта на следующий год",
                "akim",
                Language.Kk,
                VideoConference: false,
                NeedsInterpreter: false),
            History = [.. new[] { "received", "registered", "sentForReview" }.Select((s, i) => new HistoryStep(received.AddMinutes(i), s, "R4", "Step " + s))],
        };
    }
}
