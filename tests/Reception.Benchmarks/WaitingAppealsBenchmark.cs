using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Reception.EndToEnd.Infrastructure;

namespace Reception.Benchmarks;

/// <summary>
/// What one local host carries as appeals pile up waiting for review (issue 15 items 3 and 4),
/// on one host with its workflows running, as <c>./run.sh</c> runs it.
/// <list type="bullet">
/// <item><c>memory</c>: fills up to N waiting appeals and prints the host's resident memory at
/// N/10, N/2 and N (default 10,000: at 1,000, 5,000 and 10,000). Target: under 300 MB at N, and
/// flat (at N at most 1.25 times the figure at N/10).</item>
/// <item><c>scale</c>: at each level of waiting appeals (default 100, 1,000, 2,000, 5,000) a probe of
/// <see cref="Probe"/> new appeals measures intake (posted per second) and registration (probe
/// appeals brought to <c>underReview</c> per second, from the first post to the last one
/// registered). Target: at the last level both at least half of the first level's.</item>
/// </list>
/// </summary>
internal static class WaitingAppealsBenchmark
{
    private const int Clients = 8;
    private const int Probe = 50;
    /// <summary>A wait for a fill is bounded by 30 minutes, or a second per appeal for larger fills (3,000 took over 30 minutes here).</summary>
    private static TimeSpan WaitBound(int appeals) => TimeSpan.FromSeconds(Math.Max(1800, appeals));

    /// <summary>
    /// The host as <c>./run.sh</c> runs it, but without intake first (docs/configuration.md): the
    /// probe's 50 appeals are a burst, and holding their starts until it ends would be counted as
    /// slow registration. These modes measure the engine; <c>intake</c> measures the hold.
    /// </summary>
    private static Task<LocalHostProcess> StartHostAsync() => LocalHostProcess.StartAsync(settings: new Dictionary<string, string>
    {
        ["Reception__LocalHost__IntakeBusyPerSecond"] = "0",
    });

    public static async Task MemoryAsync(int appeals)
    {
        int[] checkpoints = [appeals / 10, appeals / 2, appeals];
        await using LocalHostProcess host = await StartHostAsync();
        Console.WriteLine($"Memory of one local host (pid {host.ProcessId}) as appeals wait for review; storage: {IntakeBenchmark.Redact(LocalHostProcess.StorageConnectionString)}");
        Console.WriteLine($"at start: {Rss(host)} MB");
        var figures = new List<(int Waiting, long Rss)>();
        int waiting = 0;
        foreach (int checkpoint in checkpoints)
        {
            var clock = Stopwatch.StartNew();
            await FillAsync(host, checkpoint - waiting, $"m{checkpoint}");
            waiting = checkpoint;
            // Let the engine settle (its caches and the collector) before reading the figure.
            await Task.Delay(TimeSpan.FromSeconds(10));
            long rss = Rss(host);
            figures.Add((waiting, rss));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{waiting,7} appeals waiting: {rss} MB resident (filled in {clock.Elapsed.TotalSeconds:F0} s)"));
        }

        long last = figures[^1].Rss;
        double growth = last / (double)figures[0].Rss;
        Console.WriteLine();
        Console.WriteLine($"Resident memory at {figures[^1].Waiting} waiting = {last} MB  (target < 300) {(last < 300 ? "met" : "NOT met")}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"At {figures[^1].Waiting} / at {figures[0].Waiting} = {growth:F2}  (flat: target <= 1.25) {(growth <= 1.25 ? "met" : "NOT met")}"));
    }

    public static async Task ScaleAsync(int[] levels)
    {
        await using LocalHostProcess host = await StartHostAsync();
        Console.WriteLine($"Probe of {Probe} appeals ({Clients} clients) at each level of waiting appeals; storage: {IntakeBenchmark.Redact(LocalHostProcess.StorageConnectionString)}");
        var figures = new List<(int Level, double Intake, double Registration, TimeSpan Fill)>();
        int waiting = 0;
        foreach (int level in levels)
        {
            var fill = Stopwatch.StartNew();
            await FillAsync(host, level - waiting, $"s{level}");
            fill.Stop();
            waiting = level;
            (double intake, double registration) = await ProbeAsync(host, $"p{level}");
            waiting += Probe;
            figures.Add((level, intake, registration, fill.Elapsed));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{level,6} waiting: intake {intake,6:F1}/s, registration {registration,5:F2}/s (brought to this level in {fill.Elapsed.TotalSeconds:F0} s, host {Rss(host)} MB)"));
        }

        (int firstLevel, double firstIntake, double firstRegistration, _) = figures[0];
        Console.WriteLine();
        Console.WriteLine($"{"waiting",8} {"intake/s",9} {"ratio",6} {"registered/s",13} {"ratio",6}");
        foreach ((int level, double intake, double registration, _) in figures)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{level,8} {intake,9:F1} {intake / firstIntake,6:F2} {registration,13:F2} {registration / firstRegistration,6:F2}"));
        }

        (int lastLevel, double lastIntake, double lastRegistration, _) = figures[^1];
        double worst = Math.Min(lastIntake / firstIntake, lastRegistration / firstRegistration);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"At {lastLevel} waiting / at {firstLevel}: the lower of intake and registration = {worst:F2}  (target >= 0.50) {(worst >= 0.5 ? "met" : "NOT met")}"));
    }

    /// <summary>Posts <paramref name="count"/> appeals, waits until each awaits review, and then until the engine is idle.</summary>
    private static async Task FillAsync(LocalHostProcess host, int count, string run)
    {
        string[] ids = await PostAsync(host, count, run);
        await WaitUnderReviewAsync(host, ids);
        await WaitEngineIdleAsync(host);
    }

    /// <summary>
    /// An appeal shows <c>awaiting: review</c> a step before its workflow is asleep (the wait still
    /// plans its deadline), and after a fill of hundreds that tail would run during the next probe.
    /// Idle: the task hub's control and work-item queues empty twice in a row (deadlines far off
    /// sleep on wake rows, not queued timers), at most 10 minutes.
    /// </summary>
    private static async Task WaitEngineIdleAsync(LocalHostProcess host)
    {
        var service = new Azure.Storage.Queues.QueueServiceClient(LocalHostProcess.StorageConnectionString);
        string hub = host.TaskHub.ToLowerInvariant();
        string[] queues = [.. Enumerable.Range(0, 4).Select(i => $"{hub}-control-{i:D2}"), $"{hub}-workitems"];
        DateTime until = DateTime.UtcNow.AddMinutes(10);
        int emptyInARow = 0;
        while (emptyInARow < 2 && DateTime.UtcNow < until)
        {
            int waiting = 0;
            foreach (string queue in queues)
            {
                waiting += (await service.GetQueueClient(queue).GetPropertiesAsync()).Value.ApproximateMessagesCount;
            }

            emptyInARow = waiting == 0 ? emptyInARow + 1 : 0;
            await Task.Delay(500);
        }

        if (emptyInARow < 2)
        {
            Console.WriteLine("  (the engine was still busy 10 minutes after the fill; the probe runs anyway)");
        }
    }

    /// <returns>Posted per second, and registered per second from the first post to the last registration.</returns>
    private static async Task<(double Intake, double Registration)> ProbeAsync(LocalHostProcess host, string run)
    {
        var clock = Stopwatch.StartNew();
        string[] ids = await PostAsync(host, Probe, run);
        double posted = clock.Elapsed.TotalSeconds;
        await WaitUnderReviewAsync(host, ids);
        return (Probe / posted, Probe / clock.Elapsed.TotalSeconds);
    }

    private static async Task<string[]> PostAsync(LocalHostProcess host, int count, string run)
    {
        string prefix = $"WAIT-{run}-{Guid.NewGuid():N}";
        var ids = new string[count];
        int next = -1;
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => Task.Run(async () =>
        {
            for (int i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                ids[i] = await PostOneAsync(host, $"{prefix}-{i}");
            }
        })));
        return ids;
    }

    // A 503 (storage slow to answer) is retried after its Retry-After, as a client would; the external id keeps it one appeal.
    private static async Task<string> PostOneAsync(LocalHostProcess host, string externalId)
    {
        for (int attempt = 1; attempt <= 10; attempt++)
        {
            (HttpStatusCode status, JsonElement reply) = await ReceptionApi.PostAsync(host.Client, "/api/intake/call-center", ReceptionApi.AppealBody(externalId), "dev-callcenter");
            if (status is HttpStatusCode.Accepted or HttpStatusCode.OK)
            {
                return reply.GetProperty("appealId").GetString()!;
            }

            if (status != HttpStatusCode.ServiceUnavailable)
            {
                throw new InvalidOperationException($"Intake of {externalId} answered {(int)status}: {reply}");
            }

            await Task.Delay(TimeSpan.FromSeconds(5));
        }

        throw new InvalidOperationException($"Intake of {externalId} answered 503 ten times.");
    }

    /// <summary>Reads each appeal until it awaits review, a few at a time; bounded by <see cref="WaitBound"/> overall.</summary>
    private static async Task WaitUnderReviewAsync(LocalHostProcess host, string[] ids)
    {
        TimeSpan bound = WaitBound(ids.Length);
        DateTime until = DateTime.UtcNow + bound;
        int next = -1;
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => Task.Run(async () =>
        {
            for (int i = Interlocked.Increment(ref next); i < ids.Length; i = Interlocked.Increment(ref next))
            {
                while (true)
                {
                    (HttpStatusCode status, JsonElement appeal) = await ReceptionApi.GetAsync(host.Client, $"/api/appeals/{ids[i]}", "dev-department");
                    if (status == HttpStatusCode.OK && appeal.GetProperty("awaiting").ValueKind == JsonValueKind.String && appeal.GetProperty("awaiting").GetString() == "review")
                    {
                        break;
                    }

                    if (DateTime.UtcNow > until)
                    {
                        throw new TimeoutException($"Appeal {ids[i]} did not reach review within {bound}.");
                    }

                    await Task.Delay(250);
                }
            }
        })));
    }

    /// <summary>The host process's resident memory (VmRSS) in MB.</summary>
    private static long Rss(LocalHostProcess host)
    {
        string line = File.ReadLines($"/proc/{host.ProcessId}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }
}
