using System.Diagnostics;
using System.Globalization;
using Azure.Core;
using Azure.Data.Tables;
using Reception.EndToEnd.Infrastructure;
using Reception.Storage.Tables;

namespace Reception.Benchmarks;

/// <summary>
/// The quarterly report over N appeals (R25): read from the report counters, as the service does,
/// beside a full scan of an appeals table of the same N appeals computing the same figures, in
/// one run. Target (issue 6): the report at least 20x faster than the scan.
/// </summary>
internal static class ReportBenchmark
{
    private const int Writers = 32;
    private static readonly string[] Channels = ["egov", "callCenter", "paper", "courier", "oral"];
    private static readonly string[] Statuses = ["closed", "refused", "underControl", "scheduled", "leftWithoutConsideration"];

    public static async Task RunAsync(int appeals)
    {
        var counter = new RequestCounter();
        var options = new TableClientOptions();
        options.AddPolicy(counter, HttpPipelinePosition.PerCall);
        var service = new TableServiceClient(LocalHostProcess.StorageConnectionString, options);
        string prefix = "rb" + Guid.NewGuid().ToString("N")[..8];
        var tables = new ReceptionTables(service, prefix);
        var counters = new TableReportCounters(tables);
        TableClient appealsTable = await tables.GetAsync(ReceptionTables.AppealsTable);

        Console.WriteLine($"Seeding {appeals} appeals (an appeal row each, and their counters as the workflow keeps them)...");
        var seed = Stopwatch.StartNew();
        await LatencyRecorder.RunAsync("seed", Writers, appeals, async i =>
        {
            string id = Guid.NewGuid().ToString("N");
            string channel = Channels[i % Channels.Length], status = Statuses[i % Statuses.Length];
            await appealsTable.AddEntityAsync(new TableEntity(id, "appeal")
            {
                ["Channel"] = channel,
                ["Status"] = status,
                ["Submission"] = new string('x', 800), // an appeal row carries the whole request
            });
            await counters.AddAsync(new DateOnly(2026, 5, 1 + (i % 28)), id, "0001-registered", new Dictionary<string, long>
            {
                ["received." + channel] = 1,
                ["registered"] = 1,
                ["outcome." + status] = 1,
            }, CancellationToken.None);
        });
        Console.WriteLine($"Seeded in {seed.Elapsed.TotalSeconds:F0} s.");

        counter.Reset();
        var report = Stopwatch.StartNew();
        IReadOnlyDictionary<string, long> fromCounters = await counters.QuarterAsync(2026, 2, CancellationToken.None);
        report.Stop();
        long reportRequests = counter.Count;

        counter.Reset();
        var scan = Stopwatch.StartNew();
        var fromScan = new Dictionary<string, long>(StringComparer.Ordinal);
        await foreach (TableEntity e in appealsTable.QueryAsync<TableEntity>(select: ["Channel", "Status"]))
        {
            foreach (string key in new[] { "received." + e.GetString("Channel"), "outcome." + e.GetString("Status"), "registered" })
            {
                fromScan[key] = fromScan.GetValueOrDefault(key) + 1;
            }
        }

        scan.Stop();
        long scanRequests = counter.Count;

        bool same = fromScan.All(kv => fromCounters.GetValueOrDefault(kv.Key) == kv.Value);
        Console.WriteLine();
        Console.WriteLine($"{"",-40} {"ms",10} {"requests",10}");
        Console.WriteLine($"{"report from counters (16 shards)",-40} {report.Elapsed.TotalMilliseconds,10:F1} {reportRequests,10}");
        Console.WriteLine($"{"full scan of the appeals table",-40} {scan.Elapsed.TotalMilliseconds,10:F1} {scanRequests,10}");
        Console.WriteLine();
        Console.WriteLine($"same figures: {same} (registered: counters {fromCounters.GetValueOrDefault("registered")}, scan {fromScan.GetValueOrDefault("registered")})");
        double speedup = scan.Elapsed.TotalMilliseconds / report.Elapsed.TotalMilliseconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"scan time / report time = {speedup:F1}  (target >= 20) {(speedup >= 20 ? "met" : "NOT met")}"));

        await foreach (Azure.Data.Tables.Models.TableItem table in service.QueryAsync(TableServiceClient.CreateQueryFilter($"TableName ge {prefix} and TableName lt {prefix + "~"}")))
        {
            await service.DeleteTableAsync(table.Name);
        }
    }
}
