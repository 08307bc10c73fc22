using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Reception.EndToEnd.Infrastructure;

namespace Reception.EndToEnd.Faults;

/// <summary>What a fault run must show: nothing lost or stuck, nothing sent twice, nothing told that is not stored, and storage outages as weather.</summary>
public sealed class FaultChecks(FaultClient client, DeliverySink sink, Action<string> print)
{
    private static readonly TimeSpan ReplyLimit = TimeSpan.FromSeconds(5);
    private static readonly string[] SlotKinds = ["scheduled", "rescheduled"];

    private const int MessageSettleReads = 30;
    private static readonly TimeSpan MessageSettleLimit = TimeSpan.FromSeconds(60);

    public async Task<IReadOnlyList<FaultCheck>> AllAsync(
        IReadOnlyList<AppealPlan> plans,
        IReadOnlyDictionary<string, string> accepted,
        OutageFigures? outage,
        LocalHostProcess host,
        IReadOnlyList<LocalHostProcess> incarnations,
        TimeSpan settleLimit)
    {
        var checks = new List<FaultCheck>();
        void Add(FaultCheck check)
        {
            checks.Add(check);
            print(check.ToString());
        }

        Add(new FaultCheck("every appeal accepted once", accepted.Count == plans.Count && accepted.Values.Distinct().Count() == plans.Count,
            $"{plans.Count} posted, {accepted.Values.Distinct().Count()} distinct appeals"));

        Dictionary<string, JsonElement> settled = await SettleAsync(plans, accepted, settleLimit);
        List<string> stuck = [.. plans.Where(p => !settled.ContainsKey(accepted[p.ExternalId])).Select(p => $"{accepted[p.ExternalId]} (expected {p.ExpectedStatus})")];
        Add(new FaultCheck("no appeal lost or stuck", stuck.Count == 0,
            stuck.Count == 0 ? $"all {plans.Count} reached their status ({Tally(plans)})" : $"{stuck.Count} did not: {string.Join(", ", stuck.Take(5))}"));

        List<JsonElement> all = [];
        foreach (string id in accepted.Values.Concat(outage?.Posted.Values ?? []))
        {
            all.Add(await client.AppealAsync(id, settleLimit));
        }

        List<int> numbers = [.. all.Select(a => a.TryGetProperty("registrationNumber", out JsonElement n) ? n.GetString() : null)
            .Where(n => n is not null).Select(n => int.Parse(n![(n!.LastIndexOf('-') + 1)..], CultureInfo.InvariantCulture)).Order()];
        Add(new FaultCheck("registration numbers unique and gapless", numbers.SequenceEqual(Enumerable.Range(numbers.FirstOrDefault(), numbers.Count)),
            numbers.Count == 0 ? "none" : $"{numbers.Count} numbers, {numbers[0]}..{numbers[^1]}"));

        JsonElement health = await WaitForOutboxAsync();
        int poisoned = health.ValueKind == JsonValueKind.Object ? health.GetProperty("outboxPoisoned").GetInt32() + health.GetProperty("startsPoisoned").GetInt32() : -1;
        Add(new FaultCheck("nothing poisoned", poisoned == 0, $"health after the run: {health}"));
        // A step records its message with the appeal and then queues it in the same activity; an
        // activity caught between the two by a kill or the outage queues it on its retry, after the
        // outbox looked empty. So the message checks are read again until they hold, within a bound.
        (FaultCheck delivered, FaultCheck lastSlot) = (default!, default!);
        var messageClock = Stopwatch.StartNew();
        for (int read = 0; read < MessageSettleReads; read++)
        {
            Dictionary<string, JsonElement> final = [];
            foreach (string id in settled.Keys)
            {
                final[id] = await client.AppealAsync(id, settleLimit);
            }

            (delivered, lastSlot) = (DeliveredOncePerChannel(final), LastSlotMessageIsStoredSlot(final));
            if ((delivered.Passed && lastSlot.Passed) || messageClock.Elapsed > MessageSettleLimit)
            {
                break;
            }

            await Task.Delay(TimeSpan.FromSeconds(2));
        }

        Add(delivered);
        Add(lastSlot);
        int doubleStarts = incarnations.Sum(h => CountOf(h.Output, "Multiple ExecutionStartedEvent"));
        Add(new FaultCheck("no workflow started twice", doubleStarts == 0, $"{doubleStarts} 'Multiple ExecutionStartedEvent' log line(s) over {incarnations.Count} host run(s)"));

        if (outage is not null)
        {
            foreach (FaultCheck check in OutageChecks(outage, host))
            {
                Add(check);
            }
        }

        print($"{checks.Count(c => c.Passed)} passed, {checks.Count(c => !c.Passed)} failed");
        return checks;
    }

    // Each appeal polled until it shows its expected status, within one overall limit.
    private async Task<Dictionary<string, JsonElement>> SettleAsync(IReadOnlyList<AppealPlan> plans, IReadOnlyDictionary<string, string> accepted, TimeSpan limit)
    {
        var settled = new Dictionary<string, JsonElement>();
        var clock = Stopwatch.StartNew();
        foreach (AppealPlan plan in plans)
        {
            TimeSpan left = limit - clock.Elapsed;
            (bool reached, JsonElement last) = await client.WaitForAsync(accepted[plan.ExternalId],
                a => a.GetProperty("status").GetString() == plan.ExpectedStatus, left > TimeSpan.Zero ? left : TimeSpan.FromSeconds(1));
            if (reached)
            {
                settled[accepted[plan.ExternalId]] = last;
            }
        }

        return settled;
    }

    // Until the outbox has sent everything (bounded), so the gateways have what they will get.
    private async Task<JsonElement> WaitForOutboxAsync()
    {
        var clock = Stopwatch.StartNew();
        JsonElement health = default;
        while (clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            (HttpStatusCode status, health) = await client.SendAsync(HttpMethod.Get, "/api/health", null, "dev-office", TimeSpan.FromMinutes(1));
            if (status == HttpStatusCode.OK && health.GetProperty("outboxQueued").GetInt32() == 0)
            {
                return health;
            }

            await Task.Delay(500);
        }

        return health;
    }

    // Every message an appeal records reached each of its channels (sms and e-mail here) once; a
    // slot message overtaken by a newer one may be left unsent, never sent after it.
    private FaultCheck DeliveredOncePerChannel(Dictionary<string, JsonElement> appeals)
    {
        List<SinkDelivery> delivered = [.. sink.Delivered];
        var missing = new List<string>();
        int messages = 0;
        foreach ((string id, JsonElement appeal) in appeals)
        {
            List<(string Id, string Kind)> recorded = [.. appeal.GetProperty("notifications").EnumerateArray()
                .Select(n => (n.GetProperty("id").GetString()!, n.GetProperty("kind").GetString()!))];
            string? lastSlot = recorded.LastOrDefault(n => SlotKinds.Contains(n.Kind)).Id;
            foreach ((string messageId, string kind) in recorded.Where(n => !SlotKinds.Contains(n.Kind) || n.Id == lastSlot))
            {
                messages++;
                foreach (string channel in new[] { "sms", "email" })
                {
                    if (delivered.Count(d => d.Channel == channel && d.Key == messageId) != 1)
                    {
                        missing.Add($"{messageId} via {channel}");
                    }
                }
            }
        }

        return new FaultCheck("every message delivered once per channel", missing.Count == 0,
            $"{messages} messages to applicants, {delivered.Count} deliveries in all; repeats of a key dropped by the gateways: {sink.RepeatedKeys}"
            + (missing.Count == 0 ? string.Empty : $"; not delivered exactly once: {string.Join(", ", missing.Take(5))}"));
    }

    // What the applicant heard last about their slot is the slot stored on the appeal.
    private FaultCheck LastSlotMessageIsStoredSlot(Dictionary<string, JsonElement> appeals)
    {
        List<SinkDelivery> sms = [.. sink.Delivered.Where(d => d.Channel == "sms")];
        var wrong = new List<string>();
        int scheduled = 0;
        foreach ((string id, JsonElement appeal) in appeals.Where(a => a.Value.GetProperty("status").GetString() == "scheduled"))
        {
            scheduled++;
            HashSet<string> slotMessages = [.. appeal.GetProperty("notifications").EnumerateArray()
                .Where(n => SlotKinds.Contains(n.GetProperty("kind").GetString())).Select(n => n.GetProperty("id").GetString()!)];
            SinkDelivery? last = sms.LastOrDefault(d => slotMessages.Contains(d.Key));
            JsonElement slot = appeal.GetProperty("slot");
            string date = DateOnly.Parse(slot.GetProperty("date").GetString()!, CultureInfo.InvariantCulture).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
            string time = slot.GetProperty("time").GetString()![..5];
            if (last is null || !last.Text.Contains(date, StringComparison.Ordinal) || !last.Text.Contains(time, StringComparison.Ordinal))
            {
                wrong.Add($"{id}: stored {date} {time}, last told '{last?.Text ?? "nothing"}'");
            }
        }

        int moved = appeals.Values.Count(a => a.GetProperty("notifications").EnumerateArray().Any(n => n.GetProperty("kind").GetString() == "rescheduled"));
        return new FaultCheck("every applicant's last message names the stored slot", wrong.Count == 0,
            $"{scheduled} scheduled, {moved} moved by out-of-turn applicants" + (wrong.Count == 0 ? string.Empty : $"; wrong: {string.Join(" | ", wrong.Take(3))}"));
    }

    private static IReadOnlyList<FaultCheck> OutageChecks(OutageFigures outage, LocalHostProcess host)
    {
        var replies = outage.RepliesWhileDown;
        int answered503 = replies.Count(r => r.Status == HttpStatusCode.ServiceUnavailable && r.RetryAfter is not null && r.Took <= ReplyLimit);
        int other = replies.Count(r => r.Status is not (HttpStatusCode.Accepted or HttpStatusCode.OK)
            && !(r.Status == HttpStatusCode.ServiceUnavailable && r.RetryAfter is not null && r.Took <= ReplyLimit));
        TimeSpan slowest = replies.Count == 0 ? TimeSpan.Zero : replies.Max(r => r.Took);
        var checks = new List<FaultCheck>
        {
            new("503 + Retry-After within 5 s while storage is down", replies.Count > 0 && other == 0,
                $"{replies.Count} replies while down: {answered503} were 503 + Retry-After, {other} other; slowest {slowest.TotalSeconds:0.00} s"),
            new("/api/health is 503 while storage is down", outage.HealthWhileDown == HttpStatusCode.ServiceUnavailable, $"answered {outage.HealthWhileDown?.ToString() ?? "nothing"}"),
            new("the host kept running through the outage", outage.HostSurvived && !host.HasExited, outage.HostSurvived ? "still running" : "it ended"),
        };

        IReadOnlyList<string> late = outage.NotInStateWithin3Minutes;
        checks.Add(new FaultCheck("appeals posted during the outage in their state within 3 min", late.Count == 0,
            late.Count == 0 ? $"all {outage.Plans.Count} within {outage.AllInStateAfter.TotalSeconds:0} s of storage coming back" : $"{late.Count} late: {string.Join(", ", late.Take(5))}"));
        return checks;
    }

    private static string Tally(IReadOnlyList<AppealPlan> plans) =>
        string.Join(", ", plans.GroupBy(p => p.ExpectedStatus).Select(g => $"{g.Count()} {g.Key}"));

    private static int CountOf(string text, string what)
    {
        int count = 0;
        for (int at = text.IndexOf(what, StringComparison.Ordinal); at >= 0; at = text.IndexOf(what, at + what.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
