using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Reception.EndToEnd.Faults;
using Reception.EndToEnd.Infrastructure;

namespace Reception.EndToEnd;

/// <summary>
/// Issue 29 on a storage account of its own: appeals driven through every path (a reception with an
/// interpreter, a handed-in appeal, an answer letter and a survey; R2; an R3 repeat; a refusal) keep
/// the applicant's words only in the personal data store; after the retention purge (and an
/// operator's erasure) nothing of them is left in any table, queue or blob, the engine's history
/// and instances included, while the appeals keep their numbers, steps and report counts.
/// </summary>
public class PersonalDataTests
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(30);
    private const string Phone = "+77017654321";
    private const string LastName = "Жумабекова";
    private const string FirstName = "Салтанат";
    private const string Email = "saltanat.zh@example.kz";
    private const string Subject = "Освещение во дворе дома семнадцать по улице Сейфуллина";
    private const string HandedInSubject = "Ремонт крыши школы в селе Талдыбулак";

    [Fact]
    public async Task PersonalData_LivesInItsOwnStore_AndTheRetentionPurgeLeavesNoTraceInTheAccount()
    {
        string iin = TestIins.NewIin();
        string[] words = [iin, Phone[1..], LastName, FirstName, Email, "Сейфуллина", "Талдыбулак"];
        await using AzuriteProcess azurite = await AzuriteProcess.StartAsync();
        string taskHub = LocalHostProcess.NewTaskHub();
        var own = new Dictionary<string, string> { ["Reception__Storage__ConnectionString"] = azurite.ConnectionString };
        var ids = new List<string>();
        string main, child, blank, repeat;
        await using (LocalHostProcess host = await LocalHostProcess.StartAsync(taskHub, settings: new Dictionary<string, string>(own) { ["Reception__Retention__KeepFor"] = "3650.00:00:00" }))
        {
            HttpClient client = host.Client;
            (main, child) = await ReceptionWithEverythingAsync(client, iin, azurite.ConnectionString);
            blank = await SubmitAsync(client, iin, subject: "  ");
            await ReceptionApi.WaitForStatusAsync(client, blank, "leftWithoutConsideration", Step); // R2
            repeat = await SubmitAsync(client, iin, Subject);
            await ReceptionApi.WaitForStatusAsync(client, repeat, "refused", Step); // R3: the same question, answered
            string absent = await NoShowAsync(client, iin); // on the survey list, never surveyed (R23)
            ids.AddRange([main, child, blank, repeat, absent]);

            // The operator's erasure: refused while an appeal is open, and without a ground.
            (HttpStatusCode open, _) = await ReceptionApi.PostAsync(client, $"/api/operations/appeals/{child}/erase", """{ "reason": "заявление от 1 декабря" }""", "dev-operator");
            Assert.Equal(HttpStatusCode.Conflict, open);
            (HttpStatusCode noReason, _) = await ReceptionApi.PostAsync(client, $"/api/operations/appeals/{blank}/erase", "{}", "dev-operator");
            Assert.Equal(HttpStatusCode.BadRequest, noReason);
            (HttpStatusCode notOperator, _) = await ReceptionApi.PostAsync(client, $"/api/operations/appeals/{blank}/erase", """{ "reason": "x" }""", "dev-office");
            Assert.Equal(HttpStatusCode.Forbidden, notOperator);

            // A lawful request before the term: the operator erases one closed appeal at once.
            (HttpStatusCode erased, JsonElement reply) = await EraseWhenTheWorkflowEndedAsync(client, blank);
            Assert.True(erased == HttpStatusCode.OK, reply.ToString());
            Assert.False(reply.GetProperty("already").GetBoolean());
            JsonElement byOperator = await ReceptionApi.WaitForAsync(client, blank, a => true, Step);
            Assert.Equal("apiKey:operator", StepOf(byOperator, "personalDataErased")!.Value.GetProperty("by").GetProperty("id").GetString());
            (HttpStatusCode again, JsonElement twice) = await ReceptionApi.PostAsync(client, $"/api/operations/appeals/{blank}/erase", """{ "reason": "повторно" }""", "dev-operator");
            Assert.True((again, twice.GetProperty("already").GetBoolean()) == (HttpStatusCode.OK, true), twice.ToString());

            await StaffSteps.ActAsync(client, child, "review", """{ "outcome": "refuse", "reason": "Вопрос вне компетенции акимата" }""", "dev-department");
            await ReceptionApi.WaitForStatusAsync(client, child, "refused", Step);

            // The workflow's inputs, events and outputs as the engine keeps them: ids and references only.
            var engine = new DurableTask.AzureStorage.AzureStorageOrchestrationService(new DurableTask.AzureStorage.AzureStorageOrchestrationServiceSettings
            {
                TaskHubName = taskHub,
                StorageAccountClientProvider = new DurableTask.AzureStorage.StorageAccountClientProvider(azurite.ConnectionString),
            });
            Assert.DoesNotContain(await engine.GetOrchestrationStateAsync(blank, allExecutions: false), s => s?.OrchestrationInstance is not null); // erased: its instance purged
            foreach (string id in ids.Where(i => i != blank))
            {
                DurableTask.Core.OrchestrationState state = (await engine.GetOrchestrationStateAsync(id, allExecutions: false)).Single();
                string history = await engine.GetOrchestrationHistoryAsync(id, state.OrchestrationInstance.ExecutionId);
                Assert.Contains(id, history, StringComparison.Ordinal);
                Assert.Empty(PersonalDataScan.WordsIn(history + state.Input + state.Output + state.Status, words));
            }

            // Before any purge: the words are in the personal data store (and the letter's container), nowhere else.
            await host.KillAsync();
            (IReadOnlyList<string> before, IReadOnlyList<string> places) = await PersonalDataScan.FindAsync(azurite.ConnectionString, words);
            Assert.Contains($"table {taskHub}History", places); // the engine's own tables and queues are read too
            Assert.Contains($"table {taskHub}Instances", places);
            Assert.Contains(places, p => p.StartsWith($"queue {taskHub.ToLowerInvariant()}-control-", StringComparison.Ordinal));
            Assert.Contains(before, h => h.StartsWith($"table {taskHub}PersonalData/", StringComparison.Ordinal) && h.EndsWith(LastName, StringComparison.Ordinal));
            Assert.Contains(before, h => h.StartsWith($"table {taskHub}PersonalData/", StringComparison.Ordinal) && h.EndsWith("Талдыбулак", StringComparison.Ordinal));
            Assert.Contains(before, h => h.StartsWith("blob reception-answer-letters/", StringComparison.Ordinal));
            Assert.All(before, h => Assert.True(
                h.StartsWith($"table {taskHub}PersonalData/", StringComparison.Ordinal) || h.StartsWith("blob reception-answer-letters/", StringComparison.Ordinal), h));
        }

        // Retention: a term of zero and a compressed clock, so the daily purge runs every two seconds.
        await using (LocalHostProcess host = await LocalHostProcess.StartAsync(taskHub, settings: new Dictionary<string, string>(own)
        {
            ["Reception__Retention__KeepFor"] = "00:00:00",
            ["Reception__Clock__DayLength"] = "00:00:02",
        }))
        {
            HttpClient client = host.Client;
            foreach (string id in ids)
            {
                JsonElement done = await ReceptionApi.WaitForAsync(client, id, a => StepOf(a, "personalDataErased") is not null, TimeSpan.FromSeconds(60), "personal data erased");
                Assert.Equal(string.Empty, done.GetProperty("applicant").GetProperty("lastName").GetString());
                Assert.Equal(JsonValueKind.String, done.GetProperty("personalDataErasedAt").ValueKind);
                Assert.Equal(string.Empty, done.GetProperty("subject").GetString());
                Assert.True(done.GetProperty("history").GetArrayLength() > 2); // the steps stay, for staff and audit
            }

            JsonElement kept = await ReceptionApi.WaitForAsync(client, main, a => true, Step);
            Assert.StartsWith("RCP-", kept.GetProperty("registrationNumber").GetString(), StringComparison.Ordinal);

            // Still counted in its quarter's report.
            DateOnly received = DateOnly.Parse(kept.GetProperty("receivedAt").GetString()![..10], System.Globalization.CultureInfo.InvariantCulture);
            (_, JsonElement report) = await ReceptionApi.GetAsync(client, $"/api/reports/quarterly/{received.Year}/{((received.Month - 1) / 3) + 1}", "dev-reports");
            JsonElement byChannel = report.GetProperty("appealsByChannel");
            Assert.True((byChannel.GetProperty("callCenter").GetInt64(), byChannel.GetProperty("paper").GetInt64()) == (4, 1), report.ToString());
            Assert.Equal("service:retention", StepOf(kept, "personalDataErased")!.Value.GetProperty("by").GetProperty("id").GetString());
            (_, JsonElement pending) = await ReceptionApi.GetAsync(client, "/api/surveys/pending", "dev-office");
            Assert.DoesNotContain(pending.EnumerateArray(), p => ids.Contains(p.GetProperty("appealId").GetString()!)); // nobody left to phone
            Assert.Equal(1, report.GetProperty("satisfaction").GetProperty("surveyed").GetInt64());
        }

        (IReadOnlyList<string> after, _) = await PersonalDataScan.FindAsync(azurite.ConnectionString, words);
        Assert.True(after.Count == 0, "Personal data left after the purge:\n" + string.Join('\n', after));
    }

    // The whole reception path: interpreter (R16), protocol with an instruction and a handed-in appeal (R21), answer letter (§33), survey (R23).
    private static async Task<(string Main, string Child)> ReceptionWithEverythingAsync(HttpClient client, string iin, string connectionString)
    {
        string officialId = TestOfficials.Next();
        DateOnly day = await ReceptionDays.AddAsync(client, officialId);
        string id = await SubmitAsync(client, iin, Subject, interpreter: true);
        await ReceptionApi.WaitForStatusAsync(client, id, "underReview", Step);
        await StaffSteps.ActAsync(client, id, "review", $$"""{ "outcome": "propose", "officialId": "{{officialId}}", "proposedDate": "{{day:yyyy-MM-dd}}" }""", "dev-department");
        await ReceptionApi.WaitForStatusAsync(client, id, "awaitingDecision", Step);
        await StaffSteps.ActAsync(client, id, "decision", """{ "approve": true }""", "dev-head");
        await ReceptionApi.WaitForAsync(client, id, a => a.GetProperty("awaiting").GetString() == "interpreter", Step, "interpreter requested");
        await StaffSteps.ActAsync(client, id, "interpreter", """{ "name": "Ерлан Ахметов", "language": "English" }""", "dev-office");
        await ReceptionApi.WaitForAsync(client, id, a => a.GetProperty("awaiting").GetString() == "reception", Step, "interpreter arranged");

        // The worklist shows the applicant's name, read from the personal data store at page time.
        JsonElement listed = await ReceptionApi.WaitForWorklistItemAsync(client, $"awaiting=reception&officialId={officialId}&limit=200", id, TestOfficials.KeyOf(officialId));
        Assert.StartsWith(LastName, listed.GetProperty("applicantName").GetString(), StringComparison.Ordinal);

        // While it waits (worklist rows, a waiting workflow, a planned timer), the words are in the personal data store only.
        (IReadOnlyList<string> waiting, _) = await PersonalDataScan.FindAsync(connectionString, [iin, LastName, "Сейфуллина"]);
        Assert.NotEmpty(waiting);
        Assert.All(waiting, h => Assert.Contains("PersonalData/", h, StringComparison.Ordinal));

        await StaffSteps.ActAsync(client, id, "reception", $$"""
            { "outcome": "held", "identityVerified": true,
              "instructions": [ { "text": "Проверить освещение", "assignee": "Отдел ЖКХ", "dueDate": "{{day.AddDays(20):yyyy-MM-dd}}" } ],
              "handedInAppeals": [ { "subject": "{{HandedInSubject}}" } ] }
            """, TestOfficials.KeyOf(officialId));
        JsonElement held = await ReceptionApi.WaitForAsync(client, id, a => StepOf(a, "handedInAppealsRegistered") is not null, Step, "handed-in appeal registered");
        string child = StepOf(held, "handedInAppealsRegistered")!.Value.GetProperty("detail").GetString()!.Split(": ")[1].TrimEnd('.');
        JsonElement handedIn = await ReceptionApi.WaitForStatusAsync(client, child, "underReview", Step);
        Assert.Equal(HandedInSubject, handedIn.GetProperty("subject").GetString());

        using (var letter = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/appeals/{id}/answer-letter", UriKind.Relative)))
        {
            letter.Headers.Add("X-Api-Key", "dev-department");
            letter.Content = new ByteArrayContent(Encoding.UTF8.GetBytes($"%PDF-1.4\n% Уважаемая {FirstName} {LastName}, ИИН {iin}\n%%EOF\n"));
            letter.Content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(letter)).StatusCode);
        }

        await StaffSteps.ActAsync(client, id, "instructions/1/answer", """{ "executor": "Отдел ЖКХ", "answer": "Фонари установлены", "final": true }""", "dev-department");
        await ReceptionApi.WaitForAsync(client, id, a => StepOf(a, "surveyQueued") is not null, Step, "closed and queued for the survey");
        (HttpStatusCode surveyed, _) = await ReceptionApi.PostAsync(client, $"/api/appeals/{id}/survey", $$"""{ "score": 5, "comment": "{{FirstName}} довольна" }""", "dev-office");
        Assert.Equal(HttpStatusCode.Accepted, surveyed);
        return (id, child);
    }

    private static async Task<string> NoShowAsync(HttpClient client, string iin)
    {
        string officialId = TestOfficials.Next();
        DateOnly day = await ReceptionDays.AddAsync(client, officialId);
        string id = await SubmitAsync(client, iin, "Газификация частного дома");
        await ReceptionApi.WaitForStatusAsync(client, id, "underReview", Step);
        await StaffSteps.ActAsync(client, id, "review", $$"""{ "outcome": "propose", "officialId": "{{officialId}}", "proposedDate": "{{day:yyyy-MM-dd}}" }""", "dev-department");
        await ReceptionApi.WaitForStatusAsync(client, id, "awaitingDecision", Step);
        await StaffSteps.ActAsync(client, id, "decision", """{ "approve": true }""", "dev-head");
        await ReceptionApi.WaitForAsync(client, id, a => a.GetProperty("awaiting").GetString() == "reception", Step, "booked");
        await StaffSteps.ActAsync(client, id, "reception", """{ "outcome": "noShow" }""", TestOfficials.KeyOf(officialId));
        await ReceptionApi.WaitForAsync(client, id, a => StepOf(a, "surveyQueued") is not null, Step, "no-show queued for the survey");
        await ReceptionApi.WaitForWorklistItemAsync(client, "awaiting=survey&limit=200", id, "dev-office");
        return id;
    }

    private static async Task<string> SubmitAsync(HttpClient client, string iin, string subject, bool interpreter = false)
    {
        JsonObject body = JsonNode.Parse(ReceptionApi.AppealBody("CC-" + Guid.NewGuid().ToString("N"), subject: subject, language: "ru", iin: iin))!.AsObject();
        JsonObject applicant = body["applicant"]!.AsObject();
        (applicant["lastName"], applicant["firstName"], applicant["phone"], applicant["email"]) = (LastName, FirstName, Phone, Email);
        if (interpreter)
        {
            (body["needsInterpreter"], body["interpreterLanguage"]) = (true, "English");
        }

        (HttpStatusCode status, JsonElement reply) = await ReceptionApi.PostAsync(client, "/api/intake/call-center", body.ToJsonString(), "dev-callcenter");
        Assert.True(status == HttpStatusCode.Accepted, reply.ToString());
        return reply.GetProperty("appealId").GetString()!;
    }

    // A final appeal's workflow ends a moment after its last step: the erasure asks to try again until then (bounded).
    private static async Task<(HttpStatusCode, JsonElement)> EraseWhenTheWorkflowEndedAsync(HttpClient client, string id)
    {
        (HttpStatusCode status, JsonElement reply) = (HttpStatusCode.Conflict, default);
        for (int attempt = 0; attempt < 20 && status == HttpStatusCode.Conflict; attempt++)
        {
            (status, reply) = await ReceptionApi.PostAsync(client, $"/api/operations/appeals/{id}/erase", """{ "reason": "заявление заявителя от 1 декабря 2026 г." }""", "dev-operator");
            if (status == HttpStatusCode.Conflict)
            {
                await Task.Delay(500);
            }
        }

        return (status, reply);
    }

    private static JsonElement? StepOf(JsonElement appeal, string step) =>
        appeal.GetProperty("history").EnumerateArray().Cast<JsonElement?>().FirstOrDefault(h => h!.Value.GetProperty("step").GetString() == step);
}
