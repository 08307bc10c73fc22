using System.Globalization;
using System.Net;
using Azure.Data.Tables;
using Reception.EndToEnd.Infrastructure;

namespace Reception.Benchmarks;

/// <summary>
/// Intake against the local host on Azurite, beside the same number of single-entity inserts
/// straight into Azurite's Table service, both with 32 concurrent clients, in one run.
/// Targets (issue 5): intake p99 &lt;= 3x the baseline p99; intake throughput &gt;= 1/3 of the baseline's.
/// </summary>
/// <remarks>
/// On a shared 2-core machine one measurement swings by a factor of two from run to run, so the
/// baseline and the intake alternate for <see cref="Rounds"/> rounds and each round gives a
/// ratio; the median ratio is the figure. The intake runs on an intake-only node (its workflows
/// run on other hosts of the task hub: none here, so their start requests wait on the queue),
/// then on an all-in-one host that starts and runs every workflow as well, the same way: from its
/// second round on, the engine starts and registers the earlier rounds' appeals meanwhile.
/// </remarks>
internal static class IntakeBenchmark
{
    private const int Clients = 32;
    private const int Rounds = 3;
    private static readonly TimeSpan EngineBusyBeforeRound = TimeSpan.FromSeconds(15);

    public static async Task RunAsync(int operations)
    {
        int warmup = Math.Max(50, operations / 20);
        Console.WriteLine($"{operations} operations per measurement, {Clients} concurrent clients, {Rounds} alternating rounds; storage: {Redact(LocalHostProcess.StorageConnectionString)}");

        var table = new TableServiceClient(LocalHostProcess.StorageConnectionString).GetTableClient("bench" + Guid.NewGuid().ToString("N")[..10]);
        await table.CreateAsync();
        Task Insert(int i) => table.AddEntityAsync(new TableEntity("p" + (i % 64).ToString(CultureInfo.InvariantCulture), Guid.NewGuid().ToString("N"))
        {
            ["Payload"] = new string('x', 1500),
        });
        await LatencyRecorder.RunAsync("warm-up", Clients, warmup, Insert);

        var rounds = new List<(Figures Baseline, Figures Intake)>();
        await using (LocalHostProcess intakeOnly = await StartHostAsync(runWorkflows: false))
        {
            await LatencyRecorder.RunAsync("warm-up", Clients, warmup, IntakeOn(intakeOnly));
            for (int round = 1; round <= Rounds; round++)
            {
                Figures baseline = await LatencyRecorder.RunAsync($"round {round}: Azurite single-entity insert", Clients, operations, Insert);
                Figures posted = await LatencyRecorder.RunAsync($"round {round}: POST intake, intake-only node", Clients, operations, IntakeOn(intakeOnly));
                rounds.Add((baseline, posted));
            }

            // No host will ever run this task hub's workflows: drop their start requests, which
            // Azurite would otherwise keep scanning whenever any queue is read.
            await new Azure.Storage.Queues.QueueClient(LocalHostProcess.StorageConnectionString, LocalHostProcess.StartQueueOf(intakeOnly.TaskHub)).DeleteIfExistsAsync();
        }

        int intakeOnlyUnavailable = serviceUnavailable;
        var alongside = new List<(Figures Baseline, Figures Intake)>();
        string catchUp;
        await using (LocalHostProcess allInOne = await StartHostAsync(runWorkflows: true))
        {
            await LatencyRecorder.RunAsync("warm-up", Clients, warmup, IntakeOn(allInOne));
            for (int round = 1; round <= Rounds; round++)
            {
                if (round > 1)
                {
                    // The burst is over: the host starts the earlier rounds' appeals. Let it get well
                    // into that, so this round's intake meets workflows in full swing.
                    await Task.Delay(EngineBusyBeforeRound);
                }

                Figures baseline = await LatencyRecorder.RunAsync($"round {round}: Azurite single-entity insert", Clients, operations, Insert);
                Figures posted = await LatencyRecorder.RunAsync($"round {round}: POST intake, workflows running alongside", Clients, operations, IntakeOn(allInOne));
                alongside.Add((baseline, posted));
            }

            catchUp = await StartQueueDrainedAsync(allInOne);
        }

        await table.DeleteAsync();
        Print("Intake-only node", rounds, intakeOnlyUnavailable);
        Print("All-in-one host, workflows running alongside (as ./run.sh runs it)", alongside, serviceUnavailable - intakeOnlyUnavailable);
        Console.WriteLine(catchUp);
    }

    /// <summary>
    /// The price of intake first: the host holds workflow starts back during the burst
    /// (Reception:LocalHost:IntakeBusyPerSecond); this is how long it needed after the burst to start them all.
    /// </summary>
    private static async Task<string> StartQueueDrainedAsync(LocalHostProcess host)
    {
        var queue = new Azure.Storage.Queues.QueueClient(LocalHostProcess.StorageConnectionString, LocalHostProcess.StartQueueOf(host.TaskHub));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        int left = (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount;
        int atEnd = left;
        while (left > 0 && clock.Elapsed < TimeSpan.FromMinutes(10))
        {
            await Task.Delay(500);
            left = (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount;
        }

        string outcome = left == 0
            ? string.Create(CultureInfo.InvariantCulture, $"all started {clock.Elapsed.TotalSeconds:F0} s later.")
            : $"{left} still waiting after 10 min.";
        return $"Start requests waiting when the burst ended: {atEnd}; {outcome}";
    }

    private static void Print(string title, List<(Figures Baseline, Figures Intake)> rounds, int unavailable)
    {
        Console.WriteLine();
        Console.WriteLine($"{title} ({unavailable} answers 503 retried):");
        Console.WriteLine($"{"",-56} {"ops/s",9} {"p50 ms",9} {"p99 ms",9} {"p99 ratio",10} {"ops ratio",10}");
        foreach ((Figures baseline, Figures intake) in rounds)
        {
            Row(baseline, null);
            Row(intake, baseline);
        }

        double p99Ratio = Median(rounds.Select(r => r.Intake.P99 / r.Baseline.P99));
        double throughputRatio = Median(rounds.Select(r => r.Intake.Throughput / r.Baseline.Throughput));
        Console.WriteLine($"  median of {rounds.Count} rounds: p99 / baseline p99               = {p99Ratio,6:F2}  (target <= 3.00) {(p99Ratio <= 3 ? "met" : "NOT met")}");
        Console.WriteLine($"  median of {rounds.Count} rounds: throughput / baseline throughput = {throughputRatio,6:F2}  (target >= 0.33) {(throughputRatio >= 1.0 / 3 ? "met" : "NOT met")}");

        static void Row(Figures f, Figures? against) => Console.WriteLine(
            $"{f.Name,-56} {f.Throughput,9:F0} {f.P50,9:F1} {f.P99,9:F1} " +
            (against is null ? "" : $"{f.P99 / against.P99,10:F2} {f.Throughput / against.Throughput,10:F2}"));
    }

    private static double Median(IEnumerable<double> values)
    {
        double[] sorted = [.. values.Order()];
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static Task<LocalHostProcess> StartHostAsync(bool runWorkflows) => LocalHostProcess.StartAsync(settings: new Dictionary<string, string>
    {
        ["Reception__LocalHost__RunWorkflows"] = runWorkflows ? "true" : "false",
    });

    /// <summary>503 answers (storage too slow to answer in time) retried by the intake clients so far.</summary>
    private static int serviceUnavailable;

    /// <summary>
    /// Posts new call-centre appeals (external ids of this measurement's own: never a repeat). A 503
    /// is retried after its Retry-After as a client would, at most 10 times, and its wait counts in
    /// the request's latency; the external id keeps it one appeal.
    /// </summary>
    private static Func<int, Task> IntakeOn(LocalHostProcess host)
    {
        string run = Guid.NewGuid().ToString("N")[..8];
        return async i =>
        {
            for (int attempt = 1; attempt <= 10; attempt++)
            {
                (HttpStatusCode status, _) = await ReceptionApi.PostAsync(host.Client, "/api/intake/call-center", ReceptionApi.AppealBody($"BENCH-{run}-{i}"), "dev-callcenter");
                if (status is HttpStatusCode.Accepted or HttpStatusCode.OK)
                {
                    return;
                }

                if (status != HttpStatusCode.ServiceUnavailable)
                {
                    throw new InvalidOperationException($"Intake {i} answered {status}.");
                }

                Interlocked.Increment(ref serviceUnavailable);
                await Task.Delay(TimeSpan.FromSeconds(1));
            }

            throw new InvalidOperationException($"Intake {i} answered 503 ten times.");
        };
    }

    /// <summary>The connection string without its key, to print.</summary>
    internal static string Redact(string connectionString) =>
        string.Join(';', connectionString.Split(';').Where(p => !p.StartsWith("AccountKey", StringComparison.OrdinalIgnoreCase)));
}
