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
internal static class IntakeBenchmark
{
    private const int Clients = 32;

    public static async Task RunAsync(int operations)
    {
        int warmup = Math.Max(50, operations / 20);
        Console.WriteLine($"{operations} operations, {Clients} concurrent clients, {warmup} warm-up operations each; storage: {Redact(LocalHostProcess.StorageConnectionString)}");

        var table = new TableServiceClient(LocalHostProcess.StorageConnectionString).GetTableClient("bench" + Guid.NewGuid().ToString("N")[..10]);
        await table.CreateAsync();
        Task Insert(int i) => table.AddEntityAsync(new TableEntity("p" + (i % 64).ToString(CultureInfo.InvariantCulture), Guid.NewGuid().ToString("N"))
        {
            ["Payload"] = new string('x', 1500),
        });
        await LatencyRecorder.RunAsync("warm-up", Clients, warmup, Insert);
        Figures baseline = await LatencyRecorder.RunAsync("Azurite single-entity insert (baseline)", Clients, operations, Insert);
        await table.DeleteAsync();

        // Intake on an intake-only node (its workflows run on other hosts of the task hub: none here,
        // so they wait durably), then on an all-in-one host that runs every workflow at the same time.
        Figures intakeOnly = await MeasureIntakeAsync("POST intake, intake-only node", runWorkflows: false);
        Figures intakeWithWorkflows = await MeasureIntakeAsync("POST intake, workflows running alongside", runWorkflows: true);

        Console.WriteLine();
        Console.WriteLine($"{"",-42} {"ops/s",9} {"p50 ms",9} {"p99 ms",9}");
        foreach (Figures f in new[] { baseline, intakeOnly, intakeWithWorkflows })
        {
            Console.WriteLine($"{f.Name,-42} {f.Throughput,9:F0} {f.P50,9:F1} {f.P99,9:F1}");
        }

        Console.WriteLine();
        foreach (Figures f in new[] { intakeOnly, intakeWithWorkflows })
        {
            double p99Ratio = f.P99 / baseline.P99;
            double throughputRatio = f.Throughput / baseline.Throughput;
            Console.WriteLine($"{f.Name}:");
            Console.WriteLine($"  p99 / baseline p99               = {p99Ratio,6:F2}  (target <= 3.00) {(p99Ratio <= 3 ? "met" : "NOT met")}");
            Console.WriteLine($"  throughput / baseline throughput = {throughputRatio,6:F2}  (target >= 0.33) {(throughputRatio >= 1.0 / 3 ? "met" : "NOT met")}");
        }

        async Task<Figures> MeasureIntakeAsync(string name, bool runWorkflows)
        {
            await using LocalHostProcess host = await LocalHostProcess.StartAsync(settings: new Dictionary<string, string>
            {
                ["Reception__LocalHost__RunWorkflows"] = runWorkflows ? "true" : "false",
            });
            string run = Guid.NewGuid().ToString("N")[..8];
            async Task Intake(int i)
            {
                (HttpStatusCode status, _) = await ReceptionApi.PostAsync(host.Client, "/api/intake/call-center", ReceptionApi.AppealBody($"BENCH-{run}-{i}"), "dev-callcenter");
                if (status != HttpStatusCode.Accepted)
                {
                    throw new InvalidOperationException($"Intake {i} answered {status}.");
                }
            }

            await LatencyRecorder.RunAsync("warm-up", Clients, warmup, i => Intake(operations + i));
            return await LatencyRecorder.RunAsync(name, Clients, operations, Intake);
        }
    }

    private static string Redact(string connectionString) =>
        string.Join(';', connectionString.Split(';').Where(p => !p.StartsWith("AccountKey", StringComparison.OrdinalIgnoreCase)));
}
