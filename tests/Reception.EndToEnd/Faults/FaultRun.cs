using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Reception.EndToEnd.Infrastructure;

namespace Reception.EndToEnd.Faults;

/// <summary>
/// The fault suite (issue "Faults lose nothing and contradict nothing"): the local host on an
/// Azurite of its own with the outside gateways as <see cref="DeliverySink"/>; appeals driven
/// through intake, R2, review, decision and booking (out-of-turn applicants re-plan the day)
/// while the host is SIGKILLed at seeded moments; then storage stopped while intake goes on.
/// Every wait is bounded; only processes this run started are signalled.
/// </summary>
public sealed class FaultRun(FaultRunOptions options, Action<string> print)
{
    private const int Parallelism = 6;
    private static readonly TimeSpan StepLimit = TimeSpan.FromMinutes(4);
    private static readonly TimeSpan SettleLimit = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan OutageRecoveryLimit = TimeSpan.FromMinutes(3);
    private readonly List<LocalHostProcess> incarnations = [];
    private readonly string official = string.Create(CultureInfo.InvariantCulture, $"faults-{options.Seed}");
    private LocalHostProcess host = null!;

    public async Task<IReadOnlyList<FaultCheck>> RunAsync()
    {
        var random = new Random(options.Seed);
        await using AzuriteProcess azurite = await AzuriteProcess.StartAsync();
        await using var sink = new DeliverySink();
        string taskHub = LocalHostProcess.NewTaskHub();
        Dictionary<string, string> settings = new()
        {
            ["Reception__Storage__ConnectionString"] = azurite.ConnectionString,
            ["Reception__Notifications__EgovCabinetUrl"] = sink.UrlOf("egov"),
            ["Reception__Notifications__SmsGatewayUrl"] = sink.UrlOf("sms"),
            ["Reception__Notifications__EmailUrl"] = sink.UrlOf("email"),
            ["Reception__LocalHost__MessageVisibilityTimeout"] = "00:00:10",
        };
        host = await StartHostAsync(taskHub, null, settings);
        using var client = new FaultClient(host.Port);
        try
        {
            print($"fault run: seed {options.Seed}, {options.Appeals} appeals, {options.Kills} kill(s), outage {options.Outage.TotalSeconds:0} s with {options.OutageAppeals} appeals");
            List<DateOnly> days = await AddReceptionDaysAsync(client);
            List<AppealPlan> plans = [.. Enumerable.Range(1, options.Appeals).Select(n => AppealPlan.Draw(random, options.Seed, n)).OrderBy(_ => random.Next())];
            List<TimeSpan> killAfter = [.. Enumerable.Range(0, options.Kills).Select(_ => TimeSpan.FromSeconds(4 + (random.NextDouble() * 12)))];

            var accepted = new ConcurrentDictionary<string, string>(); // externalId -> appealId
            Task killing = KillAtAsync(killAfter, taskHub, settings);
            await Parallel.ForEachAsync(plans, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (plan, _) =>
                accepted[plan.ExternalId] = await DriveAsync(client, plan, days[0], accepted));
            await killing;
            print($"all {plans.Count} appeals driven; {options.Kills} kill(s) done; waiting for them to settle");

            OutageFigures? outage = options.Outage > TimeSpan.Zero ? await OutageAsync(azurite, client, options.Seed) : null;
            var checks = new FaultChecks(client, sink, print);
            return await checks.AllAsync(plans, accepted, outage, host, incarnations, SettleLimit);
        }
        finally
        {
            // Each host run's own log beside the report, for whoever reads a failed check.
            string folder = Path.Combine(Reception.Tests.Shared.Repository.Root, ".testrun");
            for (int n = 0; n < incarnations.Count; n++)
            {
                await File.WriteAllTextAsync(Path.Combine(folder, $"faults-host-{n + 1}.log"), incarnations[n].Output);
                await incarnations[n].DisposeAsync();
            }
        }
    }

    private async Task<LocalHostProcess> StartHostAsync(string taskHub, int? port, Dictionary<string, string> settings)
    {
        LocalHostProcess started = await LocalHostProcess.StartAsync(taskHub, port, settings);
        incarnations.Add(started);
        return started;
    }

    // SIGKILL at the seeded moments; the host comes back on the same task hub and port.
    private async Task KillAtAsync(List<TimeSpan> after, string taskHub, Dictionary<string, string> settings)
    {
        foreach (TimeSpan wait in after)
        {
            await Task.Delay(wait);
            print($"SIGKILL host pid {host.ProcessId} after {wait.TotalSeconds:0.0} s");
            await host.KillAsync();
            host = await StartHostAsync(taskHub, host.Port, settings);
        }
    }

    // Weekdays a month ahead (R5 needs five working days), 36 slots each, as many as the approved
    // applicants need with room to spare: out-of-turn ones re-plan each day as they come.
    private async Task<List<DateOnly>> AddReceptionDaysAsync(FaultClient client)
    {
        (_, JsonElement clock) = await client.SendAsync(HttpMethod.Get, "/api/clock", null, "dev-office", StepLimit);
        DateOnly day = DateOnly.Parse(clock.GetProperty("today").GetString()!, CultureInfo.InvariantCulture).AddDays(30);
        var days = new List<DateOnly>();
        int needed = 2 + (options.Appeals / 30);
        while (days.Count < needed)
        {
            if (WorkingDays.IsWorkingDay(day))
            {
                (HttpStatusCode status, JsonElement reply) = await client.PostAsync("/api/schedule",
                    $$"""{"officialId":"{{official}}","officialName":{"kk":"Әкім орынбасары","ru":"Заместитель акима"},"date":"{{day:yyyy-MM-dd}}","start":"09:00:00","end":"18:00:00","slotMinutes":15,"mode":"inPerson"}""",
                    "dev-office", StepLimit);
                if (status != HttpStatusCode.Created && status != HttpStatusCode.OK && status != HttpStatusCode.Accepted)
                {
                    throw new InvalidOperationException($"The reception day {day} was refused: {status} {reply}");
                }

                days.Add(day);
            }

            day = day.AddDays(1);
        }

        return days;
    }

    // One appeal through intake, R2, review and decision, as the call centre, the Department and the head would.
    private async Task<string> DriveAsync(FaultClient client, AppealPlan plan, DateOnly receptionDay, ConcurrentDictionary<string, string> accepted)
    {
        (HttpStatusCode status, JsonElement reply) = await client.PostAsync("/api/intake/call-center", plan.IntakeBody(), "dev-callcenter", StepLimit);
        if (status is not (HttpStatusCode.Accepted or HttpStatusCode.OK))
        {
            throw new InvalidOperationException($"Intake of {plan.ExternalId}: {status} {reply}");
        }

        string id = reply.GetProperty("appealId").GetString()!;
        accepted[plan.ExternalId] = id;
        if (plan.Blank)
        {
            return id;
        }

        try
        {
            await DecideAsync(client, plan, id, receptionDay);
        }
        catch (TimeoutException stuck)
        {
            // Not thrown: the checks report the appeal as stuck, with what it last showed.
            print($"stuck: {stuck.Message}");
        }

        return id;
    }

    private async Task DecideAsync(FaultClient client, AppealPlan plan, string id, DateOnly receptionDay)
    {
        await ActAsync(client, id, "review", "underReview", plan.Refuse
            ? """{"outcome":"refuse","reason":"Вопрос вне компетенции местных исполнительных органов"}"""
            : $$"""{"outcome":"propose","officialId":"{{official}}","proposedDate":"{{receptionDay:yyyy-MM-dd}}"}""", "dev-department");
        if (!plan.Refuse)
        {
            await ActAsync(client, id, "decision", "awaitingDecision", """{"approve":true}""", "dev-head");
        }
    }

    // Waits until the appeal waits for the action, then posts it; a 409 after a lost reply means it was taken.
    private static async Task ActAsync(FaultClient client, string id, string action, string status, string body, string apiKey)
    {
        (bool ready, JsonElement last) = await client.WaitForAsync(id, a => a.GetProperty("status").GetString() == status
            && a.TryGetProperty("awaiting", out JsonElement awaiting) && awaiting.GetString() == action, StepLimit);
        if (!ready)
        {
            throw new TimeoutException($"Appeal {id} never waited for {action}: {last}");
        }

        (HttpStatusCode code, JsonElement reply) = await client.PostAsync($"/api/appeals/{id}/{action}", body, apiKey, StepLimit);
        if (code is not (HttpStatusCode.Accepted or HttpStatusCode.Conflict))
        {
            throw new InvalidOperationException($"{action} of {id}: {code} {reply}");
        }
    }

    // Storage stops; intake goes on with clients that retry; storage comes back.
    private async Task<OutageFigures> OutageAsync(AzuriteProcess azurite, FaultClient client, int seed)
    {
        var during = new ConcurrentBag<(HttpStatusCode? Status, TimeSpan Took, string? RetryAfter)>();
        bool down = false;
        client.Replied += (status, took, retryAfter) =>
        {
            if (Volatile.Read(ref down))
            {
                during.Add((status, took, retryAfter));
            }
        };

        print($"storage outage: Azurite stopped for {options.Outage.TotalSeconds:0} s while intake goes on");
        await azurite.StopAsync();
        Volatile.Write(ref down, true);
        var outageClock = Stopwatch.StartNew();
        List<AppealPlan> plans = [.. Enumerable.Range(1, options.OutageAppeals).Select(n => new AppealPlan(
            10_000 + n, string.Create(CultureInfo.InvariantCulture, $"OUTAGE-{seed}-{n:D3}"), Blank: n % 4 == 0, OutOfTurn: false, Refuse: false, Language: "ru"))];
        var posted = new ConcurrentDictionary<string, string>();
        Task<HttpStatusCode?> health = Task.Delay(options.Outage / 2).ContinueWith(_ => client.StatusOnceAsync("/api/health"), TaskScheduler.Default).Unwrap();
        Task[] intakes = [.. plans.Select(async (plan, i) =>
        {
            await Task.Delay(options.Outage * i / Math.Max(1, plans.Count));
            (HttpStatusCode _, JsonElement reply) = await client.PostAsync("/api/intake/call-center", plan.IntakeBody(), "dev-callcenter", OutageRecoveryLimit);
            posted[plan.ExternalId] = reply.GetProperty("appealId").GetString()!;
        })];

        await Task.Delay(options.Outage - outageClock.Elapsed > TimeSpan.Zero ? options.Outage - outageClock.Elapsed : TimeSpan.Zero);
        Volatile.Write(ref down, false);
        bool hostSurvived = !host.HasExited;
        await azurite.StartAgainAsync();
        var back = Stopwatch.StartNew();
        print($"storage back after {outageClock.Elapsed.TotalSeconds:0.0} s; host {(hostSurvived ? "still running" : "ENDED")}");
        await Task.WhenAll(intakes);

        // Each appeal posted during the outage, polled until it is in its state, at most 3 minutes after storage is back.
        var late = new List<string>();
        foreach (AppealPlan plan in plans)
        {
            string id = posted[plan.ExternalId];
            string expected = plan.Blank ? "leftWithoutConsideration" : "underReview";
            TimeSpan left = OutageRecoveryLimit - back.Elapsed;
            (bool reached, _) = await client.WaitForAsync(id, a => a.GetProperty("status").GetString() == expected, left > TimeSpan.Zero ? left : TimeSpan.FromSeconds(1));
            if (!reached)
            {
                late.Add($"{id} (expected {expected})");
            }
        }

        return new OutageFigures([.. during], plans, posted, hostSurvived, await health, late, back.Elapsed);
    }
}

/// <summary>What the outage phase saw.</summary>
public sealed record OutageFigures(
    IReadOnlyList<(HttpStatusCode? Status, TimeSpan Took, string? RetryAfter)> RepliesWhileDown,
    IReadOnlyList<AppealPlan> Plans,
    IReadOnlyDictionary<string, string> Posted,
    bool HostSurvived,
    HttpStatusCode? HealthWhileDown,
    IReadOnlyList<string> NotInStateWithin3Minutes,
    TimeSpan AllInStateAfter);
