using System.Net;
using System.Text.Json;
using Azure.Storage.Queues;
using DurableTask.AzureStorage;
using DurableTask.Core;
using DurableTask.Core.History;
using Reception.EndToEnd.Infrastructure;

namespace Reception.EndToEnd;

/// <summary>A workflow is started once, whatever happens to its start requests (issue: faults).</summary>
public class StartOnceTests
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task ConcurrentStartsOfOneAppeal_ThenACrashAndRedelivery_StartItsWorkflowOnceAndItFinishes()
    {
        var settings = new Dictionary<string, string> { ["Reception__LocalHost__MessageVisibilityTimeout"] = "00:00:10" };
        LocalHostProcess first = await LocalHostProcess.StartAsync(settings: settings);
        string output;
        string appealId;
        try
        {
            (HttpStatusCode status, JsonElement reply) = await ReceptionApi.PostAsync(
                first.Client, "/api/intake/call-center", ReceptionApi.AppealBody("CC-" + Guid.NewGuid().ToString("N")), "dev-callcenter");
            Assert.Equal(HttpStatusCode.Accepted, status);
            appealId = reply.GetProperty("appealId").GetString()!;

            // Twelve more requests for the same start, at once: one batch of the starter takes them together.
            var starts = new QueueClient(LocalHostProcess.StorageConnectionString, LocalHostProcess.StartQueueOf(first.TaskHub),
                new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
            await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => starts.SendMessageAsync(appealId)));
            await Task.Delay(300); // some taken and in flight ...
            await first.KillAsync(); // ... when the host dies: they come back to the next host
            await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => starts.SendMessageAsync(appealId)));
            output = first.Output;
        }
        finally
        {
            await first.DisposeAsync();
        }

        await using LocalHostProcess second = await LocalHostProcess.StartAsync(first.TaskHub, first.Port, settings);
        await ReceptionApi.WaitForAsync(second.Client, appealId, a => a.GetProperty("awaiting").GetString() == "review", Step, "awaiting review");
        DateOnly day = await AddReceptionDayAsync(second.Client);
        await ActAsync(second.Client, appealId, "review", $$"""{ "outcome": "propose", "officialId": "start-once", "proposedDate": "{{day:yyyy-MM-dd}}" }""", "dev-department", "decision");
        await ActAsync(second.Client, appealId, "decision", """{ "approve": true }""", "dev-head", "reception");

        JsonElement appeal = await ReceptionApi.WaitForStatusAsync(second.Client, appealId, "scheduled", Step);
        Assert.Single(appeal.GetProperty("history").EnumerateArray(), h => h.GetProperty("step").GetString() == "registered");
        Assert.DoesNotContain("Multiple ExecutionStartedEvent", output + second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartMessageRedeliveredToARunningAppeal_IsDroppedAndTheAppealGoesOn()
    {
        await using LocalHostProcess host = await LocalHostProcess.StartAsync();
        (_, JsonElement reply) = await ReceptionApi.PostAsync(host.Client, "/api/intake/call-center", ReceptionApi.AppealBody("CC-" + Guid.NewGuid().ToString("N")), "dev-callcenter");
        string appealId = reply.GetProperty("appealId").GetString()!;
        await ReceptionApi.WaitForAsync(host.Client, appealId, a => a.GetProperty("awaiting").GetString() == "review", Step, "awaiting review");

        // What a host killed between recording an episode and deleting its messages leaves behind:
        // the same start message (same execution) back on the instance's control queue.
        var engine = new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = host.TaskHub,
            StorageAccountClientProvider = new StorageAccountClientProvider(LocalHostProcess.StorageConnectionString),
        });
        OrchestrationState running = (await engine.GetOrchestrationStateAsync(appealId, allExecutions: false)).Single();
        await engine.SendTaskOrchestrationMessageAsync(new TaskMessage
        {
            OrchestrationInstance = running.OrchestrationInstance,
            Event = new ExecutionStartedEvent(-1, running.Input) { Name = running.Name, OrchestrationInstance = running.OrchestrationInstance },
        });

        DateOnly day = await AddReceptionDayAsync(host.Client);
        await ActAsync(host.Client, appealId, "review", $$"""{ "outcome": "propose", "officialId": "start-once", "proposedDate": "{{day:yyyy-MM-dd}}" }""", "dev-department", "decision");
        Assert.DoesNotContain("Multiple ExecutionStartedEvent", host.Output, StringComparison.Ordinal);
        Assert.Contains("Dropped a duplicate start of " + appealId, host.Output, StringComparison.Ordinal);
    }

    private static async Task ActAsync(HttpClient client, string appealId, string action, string body, string apiKey, string next)
    {
        (HttpStatusCode status, JsonElement reply) = await ReceptionApi.PostAsync(client, $"/api/appeals/{appealId}/{action}", body, apiKey);
        Assert.True(status == HttpStatusCode.Accepted, $"{action}: {status} {reply}");
        await ReceptionApi.WaitForAsync(client, appealId, a => a.GetProperty("awaiting").GetString() == next, Step, $"awaiting {next}");
    }

    private static async Task<DateOnly> AddReceptionDayAsync(HttpClient client)
    {
        (_, JsonElement clock) = await ReceptionApi.GetAsync(client, "/api/clock", null);
        DateOnly day = WorkingDays.OnOrAfter(DateOnly.Parse(clock.GetProperty("today").GetString()!, System.Globalization.CultureInfo.InvariantCulture).AddDays(30));

        (HttpStatusCode status, JsonElement reply) = await ReceptionApi.PostAsync(client, "/api/schedule",
            $$"""{"officialId":"start-once","officialName":{"kk":"Әкім","ru":"Аким"},"date":"{{day:yyyy-MM-dd}}","start":"10:00:00","end":"12:00:00","slotMinutes":20,"mode":"inPerson"}""",
            "dev-office");
        Assert.True((int)status < 300, $"schedule: {status} {reply}");
        return day;
    }
}
