using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Reception.EndToEnd.Infrastructure;

namespace Reception.Benchmarks;

/// <summary>
/// Appeals through their whole life over HTTP (intake, registration, review, decision, booking,
/// reception with one instruction, its final answer, closed), beside the bare engine's
/// <c>BareLifecycle</c> (the same 18 activities, 4 events and 4 timers, every activity a no-op) on
/// the same host, engine and Azurite, in alternating rounds. Target (issue 15): lifecycle
/// throughput at least 0.7 of the bare engine's. Storage requests are counted from Azurite's
/// access log (every request of the round, the engine's polling included, per appeal).
/// </summary>
internal static class LifecycleBenchmark
{
    private const int MaxClients = 64;
    private const int Rounds = 3;
    private static readonly TimeSpan PerAppeal = TimeSpan.FromMinutes(2);

    /// <summary>How often a client reads the instance it waits on: often enough to add little to its time, not so often that the reads dominate storage.</summary>
    private static readonly TimeSpan StatusPoll = TimeSpan.FromMilliseconds(200);

    /// <summary>The clients' reads so far, to show them apart from what the service itself asks of storage.</summary>
    private static long statusReads;

    public static async Task RunAsync(int appeals)
    {
        string? azuriteLog = Environment.GetEnvironmentVariable("RECEPTION_BENCH_AZURITE_LOG");
        int grpcPort = LocalHostProcess.FreePort();
        Console.WriteLine($"{appeals} appeals per round, all in flight at once (up to {MaxClients}), {Rounds} alternating rounds; storage requests from {azuriteLog ?? "(no Azurite log: not counted)"}");
        await using LocalHostProcess host = await LocalHostProcess.StartAsync(settings: new Dictionary<string, string>
        {
            ["Reception__LocalHost__ExtraTasksAssembly"] = typeof(Tasks.BareLifecycle).Assembly.Location, // the bare-engine orchestration is not shipped with the host
            ["Reception__LocalHost__IntakeBusyPerSecond"] = "0", // all appeals of a round arrive at once: measure the engine, not the hold
            ["Reception__LocalHost__GrpcPort"] = grpcPort.ToString(CultureInfo.InvariantCulture),
        });
        await using ServiceProvider services = new ServiceCollection()
            .AddLogging()
            .AddDurableTaskClient(c => c.UseGrpc($"http://127.0.0.1:{grpcPort}"))
            .BuildServiceProvider();
        DurableTaskClient engine = services.GetRequiredService<DurableTaskClient>();

        var rounds = new List<(Result Bare, Result Life)>();
        try
        {
            await MeasureAsync("warm-up: bare engine", host, Math.Min(appeals, 8), i => BareAsync(engine, "warm", i), azuriteLog);
            await MeasureAsync("warm-up: appeal life", host, Math.Min(appeals, 8), i => LifeAsync(host, "warm", i), azuriteLog);
            for (int round = 1; round <= Rounds; round++)
            {
                string run = $"r{round}";
                Result bare = await MeasureAsync($"round {round}: bare engine", host, appeals, i => BareAsync(engine, run, i), azuriteLog);
                Result life = await MeasureAsync($"round {round}: appeal life over HTTP", host, appeals, i => LifeAsync(host, run, i), azuriteLog);
                rounds.Add((bare, life));
            }
        }
        catch (Exception)
        {
            string output = host.Output;
            Console.Error.WriteLine("The host's last output:");
            Console.Error.WriteLine(output[Math.Max(0, output.Length - 6000)..]);
            throw;
        }

        Console.WriteLine();
        Console.WriteLine($"{"",-40} {"per s",8} {"p50 s",8} {"p99 s",8} {"requests/each",14} {"client reads/each",18}");
        foreach ((Result bare, Result life) in rounds)
        {
            Row(bare);
            Row(life);
        }

        double ratio = rounds.Select(r => r.Life.Throughput / r.Bare.Throughput).Order().ElementAt(rounds.Count / 2); // the median of the rounds' ratios
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Lifecycle throughput / bare engine throughput = {ratio:F2}  (target >= 0.70) {(ratio >= 0.7 ? "met" : "NOT met")}"));
        if (rounds.All(r => r.Bare.RequestsEach > 0))
        {
            double requests = rounds.Average(r => r.Life.RequestsEach / r.Bare.RequestsEach);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Storage requests per appeal / per bare instance = {requests:F2}"));
        }

        static void Row(Result r) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{r.Name,-40} {r.Throughput,8:F2} {r.P50,8:F2} {r.P99,8:F2} {r.RequestsEach,14:F0} {r.StatusReadsEach,18:F0}"));
    }

    private static async Task<Result> MeasureAsync(string name, LocalHostProcess host, int count, Func<int, Task<TimeSpan>> one, string? azuriteLog)
    {
        long requestsBefore = CountRequests(azuriteLog);
        long readsBefore = Interlocked.Read(ref statusReads);
        var durations = new double[count];
        int next = -1;
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Math.Min(count, MaxClients)).Select(_ => Task.Run(async () =>
        {
            for (int i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                durations[i] = (await one(i)).TotalSeconds;
            }
        })));
        total.Stop();
        Array.Sort(durations);
        long requests = CountRequests(azuriteLog) - requestsBefore;
        var result = new Result(name, count / total.Elapsed.TotalSeconds, LatencyRecorder.Percentile(durations, 0.5), LatencyRecorder.Percentile(durations, 0.99), requests / (double)count,
            (Interlocked.Read(ref statusReads) - readsBefore) / (double)count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {result.Throughput:F2}/s, p50 {result.P50:F2} s, p99 {result.P99:F2} s"));
        return result;
    }

    // One appeal from intake to closed, as the office, the Department, the head and the official drive it.
    private static async Task<TimeSpan> LifeAsync(LocalHostProcess host, string run, int i)
    {
        HttpClient http = host.Client;
        string official = $"bench-{run}-{i % 4}";
        DateOnly day = await EnsureReceptionDayAsync(http, official);
        var clock = Stopwatch.StartNew();
        (HttpStatusCode status, JsonElement reply) = await ReceptionApi.PostAsync(http, "/api/intake/call-center", ReceptionApi.AppealBody($"LIFE-{run}-{i}-{Guid.NewGuid():N}"), "dev-callcenter");
        Expect(status, HttpStatusCode.Accepted, "intake");
        string id = reply.GetProperty("appealId").GetString()!;
        await WaitAsync(http, id, a => Awaits(a, "review"));
        await ActAsync(http, id, "review", $$"""{ "outcome": "propose", "officialId": "{{official}}", "proposedDate": "{{day:yyyy-MM-dd}}" }""", "dev-department");
        await WaitAsync(http, id, a => Awaits(a, "decision"));
        await ActAsync(http, id, "decision", """{ "approve": true }""", "dev-head");
        await WaitAsync(http, id, a => Awaits(a, "reception"));
        await ActAsync(http, id, "reception", $$"""{ "outcome": "held", "identityVerified": true, "instructions": [ { "text": "Провести ремонт", "assignee": "Отдел ЖКХ", "dueDate": "{{day.AddDays(14):yyyy-MM-dd}}" } ] }""", "dev-office"); // the office records for its benchmark officials, who have no keys
        await WaitAsync(http, id, a => a.GetProperty("instructions").GetArrayLength() == 1 && a.GetProperty("instructions")[0].GetProperty("underControl").GetBoolean());
        (status, _) = await ReceptionApi.PostAsync(http, $"/api/appeals/{id}/instructions/1/answer", """{ "executor": "Отдел ЖКХ", "answer": "Выполнено", "final": true }""", "dev-department");
        Expect(status, HttpStatusCode.Accepted, "answer");
        await WaitAsync(http, id, a => a.GetProperty("status").GetString() == "closed");
        return clock.Elapsed;
    }

    // The bare engine's life as a client drives it: each event raised once the instance waits
    // for it (its custom status says so), read every StatusPoll like an appeal.
    private static async Task<TimeSpan> BareAsync(DurableTaskClient engine, string run, int i)
    {
        var clock = Stopwatch.StartNew();
        string id = $"bare-{run}-{i}-{Guid.NewGuid():N}";
        await engine.ScheduleNewOrchestrationInstanceAsync("BareLifecycle", id, new StartOrchestrationOptions(id));
        for (int wait = 0; wait < 4; wait++)
        {
            DateTime until = DateTime.UtcNow + PerAppeal;
            while (true)
            {
                // Custom status comes only with inputs and outputs.
                Interlocked.Increment(ref statusReads);
                OrchestrationMetadata? instance = await engine.GetInstanceAsync(id, getInputsAndOutputs: true);
                if (instance?.SerializedCustomStatus?.Contains("waiting:" + wait, StringComparison.Ordinal) == true)
                {
                    break;
                }

                if (instance?.RuntimeStatus is OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated)
                {
                    throw new InvalidOperationException($"{id} ended {instance.RuntimeStatus}: {instance.FailureDetails?.ErrorMessage}");
                }

                if (DateTime.UtcNow > until)
                {
                    throw new TimeoutException($"{id} did not wait for event {wait} within {PerAppeal}.");
                }

                await Task.Delay(StatusPoll);
            }

            await engine.RaiseEventAsync(id, "event" + wait, "x");
        }

        using var timeout = new CancellationTokenSource(PerAppeal);
        OrchestrationMetadata done = await engine.WaitForInstanceCompletionAsync(id, timeout.Token);
        if (done.RuntimeStatus != OrchestrationRuntimeStatus.Completed)
        {
            throw new InvalidOperationException($"{id} ended {done.RuntimeStatus}: {done.FailureDetails?.ErrorMessage}");
        }

        return clock.Elapsed;
    }

    private static readonly Dictionary<string, Task<DateOnly>> Days = [];

    // One reception day per benchmark official, a month ahead on a working day, with room for everyone.
    private static Task<DateOnly> EnsureReceptionDayAsync(HttpClient http, string official)
    {
        lock (Days)
        {
            if (!Days.TryGetValue(official, out Task<DateOnly>? day))
            {
                day = ReceptionDays.AddAsync(http, official, "09:00:00", "18:00:00", slotMinutes: 5);
                Days[official] = day;
            }

            return day;
        }
    }

    private static async Task ActAsync(HttpClient http, string id, string action, string body, string key)
    {
        (HttpStatusCode status, JsonElement reply) = await ReceptionApi.PostAsync(http, $"/api/appeals/{id}/{action}", body, key);
        Expect(status, HttpStatusCode.Accepted, $"{action} {reply}");
    }

    private static bool Awaits(JsonElement appeal, string action) =>
        appeal.GetProperty("awaiting").ValueKind == JsonValueKind.String && appeal.GetProperty("awaiting").GetString() == action;

    private static async Task WaitAsync(HttpClient http, string id, Func<JsonElement, bool> done)
    {
        DateTime until = DateTime.UtcNow + PerAppeal;
        while (DateTime.UtcNow < until)
        {
            Interlocked.Increment(ref statusReads);
            (HttpStatusCode status, JsonElement appeal) = await ReceptionApi.GetAsync(http, $"/api/appeals/{id}", "dev-department");
            if (status == HttpStatusCode.OK && done(appeal))
            {
                return;
            }

            await Task.Delay(StatusPoll);
        }

        throw new TimeoutException($"Appeal {id} did not get there within {PerAppeal}.");
    }

    private static void Expect(HttpStatusCode status, HttpStatusCode expected, string what)
    {
        if (status != expected)
        {
            throw new InvalidOperationException($"{what}: {status}, expected {expected}.");
        }
    }

    // Azurite's access log has one line per request ("… HTTP/1.1" status).
    private static long CountRequests(string? log)
    {
        if (log is null || !File.Exists(log))
        {
            return 0;
        }

        using var stream = new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        long count = 0;
        while (reader.ReadLine() is { } line)
        {
            if (line.Contains(" HTTP/1.1\"", StringComparison.Ordinal))
            {
                count++;
            }
        }

        return count;
    }

    private sealed record Result(string Name, double Throughput, double P50, double P99, double RequestsEach, double StatusReadsEach);
}
