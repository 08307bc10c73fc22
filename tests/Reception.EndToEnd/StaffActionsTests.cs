using System.Globalization;
using System.Net;
using System.Text.Json;
using Reception.EndToEnd.Infrastructure;

namespace Reception.EndToEnd;

/// <summary>An appeal's whole life over HTTP, as the office, the Department, the head and the official drive it.</summary>
[Collection(SharedLocalHostCollection.Name)]
public class StaffActionsTests(SharedLocalHost shared)
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(15);

    private HttpClient Client => shared.Host.Client;

    [Fact]
    public async Task R20_WholeLife_IntakeReviewDecisionReceptionControlClosed()
    {
        DateOnly receptionDay = await AddReceptionDayAsync(officialId: TestOfficials.Next());
        string officialId = receptionDayOfficial!;
        (_, JsonElement intake) = await ReceptionApi.PostAsync(Client, "/api/intake/call-center", ReceptionApi.AppealBody("CC-" + Guid.NewGuid().ToString("N"), language: "ru"), "dev-callcenter");
        string id = intake.GetProperty("appealId").GetString()!;
        await ReceptionApi.WaitForStatusAsync(Client, id, "underReview", Step);

        await ActAsync(id, "review", $$"""{ "outcome": "propose", "officialId": "{{officialId}}", "proposedDate": "{{receptionDay:yyyy-MM-dd}}" }""", "dev-department", "awaitingDecision");
        await ActAsync(id, "decision", """{ "approve": true }""", "dev-head", "scheduled");
        JsonElement scheduled = await ReceptionApi.WaitForStatusAsync(Client, id, "scheduled", Step);
        Assert.Equal(receptionDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), scheduled.GetProperty("slot").GetProperty("date").GetString());
        Assert.Equal("scheduled", scheduled.GetProperty("notifications")[0].GetProperty("kind").GetString());
        Assert.Equal("ru", scheduled.GetProperty("notifications")[0].GetProperty("language").GetString()); // R18

        // The outbox dispatcher sends the message through SMS and e-mail, once each, in Russian (R18).
        string messageId = scheduled.GetProperty("notifications")[0].GetProperty("id").GetString()!;
        JsonElement[] sent = await WaitForDeliveriesAsync(messageId, count: 2);
        Assert.Equal(["email", "sms"], sent.Select(d => d.GetProperty("channel").GetString()).Order());
        Assert.All(sent, d => Assert.StartsWith("Личный прием по обращению", d.GetProperty("delivery").GetProperty("text").GetString(), StringComparison.Ordinal));
        // Issue 30: who receives, where, what to bring, and where to follow the appeal.
        string booked = sent[0].GetProperty("delivery").GetProperty("text").GetString()!;
        Assert.Contains("Принимает: Заместитель. Место: общественная приемная акимата области. При себе иметь: документ, удостоверяющий личность.", booked, StringComparison.Ordinal);
        Assert.Contains($"/status/{intake.GetProperty("trackingCode").GetString()}", booked, StringComparison.Ordinal);
        (_, JsonElement health) = await ReceptionApi.GetAsync(Client, "/api/health", apiKey: null);
        Assert.Equal("healthy", health.GetProperty("status").GetString());
        Assert.Equal(0, health.GetProperty("startsPoisoned").GetInt32());

        string due = receptionDay.AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await ActAsync(id, "reception", $$"""
            { "outcome": "held", "identityVerified": true,
              "instructions": [ { "text": "Провести ямочный ремонт", "assignee": "Отдел ЖКХ", "dueDate": "{{due}}" } ],
              "handedInAppeals": [] }
            """, TestOfficials.KeyOf(officialId), "underControl");
        await ReceptionApi.WaitForAsync(Client, id, a => a.GetProperty("instructions")[0].GetProperty("underControl").GetBoolean(), Step, "control of instruction 1");
        (HttpStatusCode answered, _) = await ReceptionApi.PostAsync(Client, $"/api/appeals/{id}/instructions/1/answer",
            """{ "executor": "Отдел ЖКХ", "answer": "Ремонт выполнен 12 мая", "final": true }""", "dev-department");
        Assert.Equal(HttpStatusCode.Accepted, answered);

        JsonElement closed = await ReceptionApi.WaitForAsync(Client, id,
            a => a.GetProperty("history").EnumerateArray().Any(h => h.GetProperty("step").GetString() == "surveyQueued"), Step, "closed and queued for the survey");
        Assert.Equal("closed", closed.GetProperty("status").GetString());
        Assert.True(closed.GetProperty("instructions")[0].GetProperty("isClosed").GetBoolean());
        Assert.Contains(closed.GetProperty("history").EnumerateArray(), h => h.GetProperty("step").GetString() == "surveyQueued" && h.GetProperty("rule").GetString() == "R23");

        // Every message of the appeal's life reached the applicant exactly once per channel, in Russian (R18).
        foreach (JsonElement notification in closed.GetProperty("notifications").EnumerateArray())
        {
            JsonElement[] deliveries = await WaitForDeliveriesAsync(notification.GetProperty("id").GetString()!, count: 2);
            Assert.Equal(["email", "sms"], deliveries.Select(d => d.GetProperty("channel").GetString()).Order());
            Assert.All(deliveries, d => Assert.Equal("ru", d.GetProperty("delivery").GetProperty("language").GetString()));
        }

        Assert.Equal(["scheduled", "finalAnswer"], closed.GetProperty("notifications").EnumerateArray().Select(n => n.GetProperty("kind").GetString()));

        // R23: the office phones the applicant for the satisfaction survey, once.
        (_, JsonElement pending) = await ReceptionApi.GetAsync(Client, "/api/surveys/pending", "dev-office");
        Assert.Contains(pending.EnumerateArray(), p => p.GetProperty("appealId").GetString() == id && p.GetProperty("phone").GetString() == "+77011234567");
        (HttpStatusCode surveyed, _) = await ReceptionApi.PostAsync(Client, $"/api/appeals/{id}/survey", """{ "score": 5, "comment": "Вопрос решен" }""", "dev-office");
        (HttpStatusCode again, _) = await ReceptionApi.PostAsync(Client, $"/api/appeals/{id}/survey", """{ "score": 1 }""", "dev-office");
        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.Conflict), (surveyed, again));
        (_, pending) = await ReceptionApi.GetAsync(Client, "/api/surveys/pending", "dev-office");
        Assert.DoesNotContain(pending.EnumerateArray(), p => p.GetProperty("appealId").GetString() == id);

        // R25: the survey's result is counted for the quarter's report.
        (_, JsonElement clock) = await ReceptionApi.GetAsync(Client, "/api/clock", apiKey: null);
        DateOnly today = DateOnly.Parse(clock.GetProperty("today").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        (_, JsonElement report) = await ReceptionApi.GetAsync(Client, $"/api/reports/quarterly/{today.Year}/{((today.Month - 1) / 3) + 1}", "dev-reports");
        Assert.True(report.GetProperty("satisfaction").GetProperty("surveyed").GetInt64() >= 1, report.ToString());

        // The applicant's public view: status, dates and slot, and nothing personal.
        (HttpStatusCode publicStatus, JsonElement view) = await ReceptionApi.GetAsync(Client, $"/api/public/appeals/{intake.GetProperty("trackingCode").GetString()}", apiKey: null);
        Assert.Equal(HttpStatusCode.OK, publicStatus);
        Assert.Equal("closed", view.GetProperty("status").GetString());
        string text = view.GetRawText();
        Assert.DoesNotContain("900101400122", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ахметова", text, StringComparison.Ordinal);
        Assert.DoesNotContain("+7701", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Абая", text, StringComparison.Ordinal);

        // §33: the answer itself, on the page and in the last message, with where to follow the appeal.
        string code = intake.GetProperty("trackingCode").GetString()!;
        JsonElement answer = view.GetProperty("answers").EnumerateArray().Single();
        Assert.Equal(("Ремонт выполнен 12 мая", "Отдел ЖКХ"), (answer.GetProperty("text").GetString(), answer.GetProperty("executor").GetString()));
        string last = view.GetProperty("messages").EnumerateArray().Last().GetProperty("text").GetString()!;
        Assert.Contains("Окончательный ответ: Ремонт выполнен 12 мая (Отдел ЖКХ).", last, StringComparison.Ordinal);
        Assert.EndsWith($"/status/{code} (код отслеживания {code}).", last, StringComparison.Ordinal);
        JsonElement[] sentLast = await WaitForDeliveriesAsync(closed.GetProperty("notifications")[1].GetProperty("id").GetString()!, count: 2);
        Assert.All(sentLast, d => Assert.Equal(last, d.GetProperty("delivery").GetProperty("text").GetString()));
    }

    [Fact]
    public async Task Section33_AReceptionWithoutInstructions_TheApplicantIsToldTheAnswerGivenThere()
    {
        string officialId = TestOfficials.Next();
        DateOnly receptionDay = await AddReceptionDayAsync(officialId);
        (_, JsonElement intake) = await ReceptionApi.PostAsync(Client, "/api/intake/call-center", ReceptionApi.AppealBody("CC-" + Guid.NewGuid().ToString("N"), language: "ru"), "dev-callcenter");
        string id = intake.GetProperty("appealId").GetString()!;
        string code = intake.GetProperty("trackingCode").GetString()!;
        await ReceptionApi.WaitForStatusAsync(Client, id, "underReview", Step);
        await ActAsync(id, "review", $$"""{ "outcome": "propose", "officialId": "{{officialId}}", "proposedDate": "{{receptionDay:yyyy-MM-dd}}" }""", "dev-department", "awaitingDecision");
        await ActAsync(id, "decision", """{ "approve": true }""", "dev-head", "scheduled");
        await ReceptionApi.WaitForStatusAsync(Client, id, "scheduled", Step);

        await ActAsync(id, "reception", """
            { "outcome": "held", "identityVerified": true, "answer": "Участок включен в план ремонта на 2027 год." }
            """, TestOfficials.KeyOf(officialId), "closed");

        await ReceptionApi.WaitForStatusAsync(Client, id, "closed", Step);
        (_, JsonElement view) = await ReceptionApi.GetAsync(Client, $"/api/public/appeals/{code}", apiKey: null);
        Assert.Equal("Участок включен в план ремонта на 2027 год.", view.GetProperty("answers")[0].GetProperty("text").GetString());
        JsonElement told = view.GetProperty("messages").EnumerateArray().Last();
        Assert.Equal("receptionAnswered", told.GetProperty("kind").GetString());
        Assert.Contains("Ответ, данный на приеме: Участок включен в план ремонта на 2027 год.", told.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains(code, told.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task R11_ARefusalRecordedLate_IsReportedAndItsMissedTermEscalated()
    {
        (_, JsonElement intake) = await ReceptionApi.PostAsync(Client, "/api/intake/call-center", ReceptionApi.AppealBody("CC-" + Guid.NewGuid().ToString("N"), language: "ru"), "dev-callcenter");
        string id = intake.GetProperty("appealId").GetString()!;
        await ReceptionApi.WaitForStatusAsync(Client, id, "underReview", Step);
        await ActAsync(id, "review", """{ "outcome": "requestCentralBody", "centralBody": "Министерство транспорта", "reason": "Вопрос республиканского уровня" }""", "dev-department", "centralBodyRequested");
        (_, JsonElement clock) = await ReceptionApi.GetAsync(Client, "/api/clock", apiKey: null);
        DateOnly today = DateOnly.Parse(clock.GetProperty("today").GetString()!, CultureInfo.InvariantCulture);

        await ActAsync(id, "central-body-response", $$"""{ "participates": false, "note": "Не в компетенции", "refusedOn": "{{today.AddDays(-10):yyyy-MM-dd}}" }""", "dev-department", "underReview");

        JsonElement back = await ReceptionApi.WaitForAsync(Client, id,
            a => a.GetProperty("history").EnumerateArray().Any(h => h.GetProperty("step").GetString() == "centralBodyRefusalReported"), Step, "the refusal reported");
        JsonElement missed = back.GetProperty("history").EnumerateArray().Single(h => h.GetProperty("step").GetString() == "deadlineMissed");
        Assert.Equal("R11", missed.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task R17_RestrictiveMeasures_MoveBookedApplicantsToVideoAndTellThem()
    {
        DateOnly receptionDay = await AddReceptionDayAsync(officialId: "deputy-" + Guid.NewGuid().ToString("N")[..6]);
        (_, JsonElement intake) = await ReceptionApi.PostAsync(Client, "/api/intake/call-center", ReceptionApi.AppealBody("CC-" + Guid.NewGuid().ToString("N")), "dev-callcenter");
        string id = intake.GetProperty("appealId").GetString()!;
        await ReceptionApi.WaitForStatusAsync(Client, id, "underReview", Step);
        await ActAsync(id, "review", $$"""{ "outcome": "propose", "officialId": "{{receptionDayOfficial}}", "proposedDate": "{{receptionDay:yyyy-MM-dd}}" }""", "dev-department", "awaitingDecision");
        await ActAsync(id, "decision", """{ "approve": true }""", "dev-head", "scheduled");
        Assert.Equal("inPerson", (await ReceptionApi.WaitForStatusAsync(Client, id, "scheduled", Step)).GetProperty("slot").GetProperty("mode").GetString());

        try
        {
            (HttpStatusCode status, JsonElement reply) = await ReceptionApi.PostAsync(Client, "/api/restrictive-measures", """{ "active": true, "reason": "Карантин" }""", "dev-head");

            Assert.Equal(HttpStatusCode.Accepted, status);
            Assert.Contains(reply.GetProperty("movedToVideo").EnumerateArray(), m => m.GetString() == id);
            (_, JsonElement moved) = await ReceptionApi.GetAsync(Client, $"/api/appeals/{id}");
            Assert.Equal("video", moved.GetProperty("slot").GetProperty("mode").GetString());
            Assert.Contains(moved.GetProperty("history").EnumerateArray(), h => h.GetProperty("rule").GetString() == "R17");
            Assert.Equal("rescheduled", moved.GetProperty("notifications").EnumerateArray().Last().GetProperty("kind").GetString());
            (_, JsonElement state) = await ReceptionApi.GetAsync(Client, "/api/restrictive-measures", "dev-head");
            Assert.Equal((true, "Карантин"), (state.GetProperty("active").GetBoolean(), state.GetProperty("reason").GetString()));
        }
        finally
        {
            await ReceptionApi.PostAsync(Client, "/api/restrictive-measures", """{ "active": false }""", "dev-head");
        }
    }

    [Fact]
    public async Task DecisionBeforeReview_Is409AndChangesNothing()
    {
        (_, JsonElement intake) = await ReceptionApi.PostAsync(Client, "/api/intake/call-center", ReceptionApi.AppealBody("CC-" + Guid.NewGuid().ToString("N")), "dev-callcenter");
        string id = intake.GetProperty("appealId").GetString()!;
        JsonElement before = await ReceptionApi.WaitForStatusAsync(Client, id, "underReview", Step);

        (HttpStatusCode status, JsonElement problem) = await ReceptionApi.PostAsync(Client, $"/api/appeals/{id}/decision", """{ "approve": true }""", "dev-head");

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal(409, problem.GetProperty("status").GetInt32());
        (_, JsonElement after) = await ReceptionApi.GetAsync(Client, $"/api/appeals/{id}");
        Assert.Equal(before.GetProperty("history").GetArrayLength(), after.GetProperty("history").GetArrayLength());
        Assert.Equal("review", after.GetProperty("awaiting").GetString());
    }

    [Fact]
    public async Task R5_ProposalTooCloseToTheReception_Is400NamingTheRule()
    {
        (_, JsonElement intake) = await ReceptionApi.PostAsync(Client, "/api/intake/call-center", ReceptionApi.AppealBody("CC-" + Guid.NewGuid().ToString("N")), "dev-callcenter");
        string id = intake.GetProperty("appealId").GetString()!;
        await ReceptionApi.WaitForStatusAsync(Client, id, "underReview", Step);
        (_, JsonElement clock) = await ReceptionApi.GetAsync(Client, "/api/clock", apiKey: null);
        string tomorrow = DateOnly.Parse(clock.GetProperty("today").GetString()!, CultureInfo.InvariantCulture).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        (HttpStatusCode status, JsonElement problem) = await ReceptionApi.PostAsync(Client, $"/api/appeals/{id}/review",
            $$"""{ "outcome": "propose", "officialId": "akim", "proposedDate": "{{tomorrow}}" }""", "dev-department");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("R5", problem.GetProperty("errors").GetProperty("proposedDate")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task R12_AReceptionDayOnADayOff_IsRefusedUnlessTheAkimOrderedIt_AndOnlySuchADayCanBeProposed()
    {
        string official = "deputy-" + Guid.NewGuid().ToString("N")[..6];
        (_, JsonElement clock) = await ReceptionApi.GetAsync(Client, "/api/clock", apiKey: null);
        DateOnly saturday = DateOnly.Parse(clock.GetProperty("today").GetString()!, CultureInfo.InvariantCulture).AddDays(30);
        while (saturday.DayOfWeek != DayOfWeek.Saturday)
        {
            saturday = saturday.AddDays(1);
        }

        string Day(string? exception) => $$"""
            { "officialId": "{{official}}", "officialName": { "kk": "Орынбасар", "ru": "Заместитель" }, "date": "{{saturday:yyyy-MM-dd}}",
              "start": "10:00:00", "end": "12:00:00", "slotMinutes": 20, "mode": "inPerson"{{(exception is null ? "" : $", \"exceptionReason\": \"{exception}\"")}} }
            """;
        (HttpStatusCode refused, JsonElement problem) = await ReceptionApi.PostAsync(Client, "/api/schedule", Day(null), "dev-office");
        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.Contains("day off", problem.GetProperty("errors").GetProperty("date")[0].GetString(), StringComparison.Ordinal);
        (_, JsonElement days) = await ReceptionApi.GetAsync(Client, $"/api/officials/{official}/days?from={saturday:yyyy-MM-dd}&to={saturday:yyyy-MM-dd}", "dev-office");
        Assert.Equal(0, days.GetProperty("days").GetArrayLength()); // the refused request stored nothing

        (HttpStatusCode ordered, _) = await ReceptionApi.PostAsync(Client, "/api/schedule", Day("Распоряжение акима № 12"), "dev-office");
        Assert.Equal(HttpStatusCode.Created, ordered);
        (_, days) = await ReceptionApi.GetAsync(Client, $"/api/officials/{official}/days?from={saturday:yyyy-MM-dd}&to={saturday:yyyy-MM-dd}", "dev-office");
        Assert.True(days.GetProperty("days")[0].GetProperty("proposable").GetBoolean());
        Assert.Equal("Распоряжение акима № 12", days.GetProperty("days")[0].GetProperty("exceptionReason").GetString());
    }

    private string? receptionDayOfficial;

    // What the local host's development sink received for one notification id.
    private async Task<JsonElement[]> WaitForDeliveriesAsync(string notificationId, int count)
    {
        JsonElement[] found = [];
        for (int i = 0; i < 100; i++)
        {
            (_, JsonElement outbox) = await ReceptionApi.GetAsync(Client, "/api/dev/outbox", apiKey: null);
            found = [.. outbox.EnumerateArray().Where(d => d.GetProperty("delivery").GetProperty("id").GetString() == notificationId)];
            if (found.Length >= count)
            {
                await Task.Delay(300); // and no more arrive
                (_, outbox) = await ReceptionApi.GetAsync(Client, "/api/dev/outbox", apiKey: null);
                return [.. outbox.EnumerateArray().Where(d => d.GetProperty("delivery").GetProperty("id").GetString() == notificationId)];
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{found.Length} of {count} deliveries of {notificationId} arrived.");
    }

    // A reception day a month ahead of the service's today: far enough for the R5 memo term.
    private async Task<DateOnly> AddReceptionDayAsync(string officialId)
    {
        DateOnly day = await ReceptionDays.AddAsync(Client, officialId);
        receptionDayOfficial = officialId;
        return day;
    }

    private async Task ActAsync(string id, string action, string body, string key, string expectedStatus)
    {
        (HttpStatusCode status, JsonElement reply) = await ReceptionApi.PostAsync(Client, $"/api/appeals/{id}/{action}", body, key);
        Assert.True(status == HttpStatusCode.Accepted, $"{action}: {status} {reply}");
        Assert.Equal(expectedStatus, reply.GetProperty("status").GetString());
        await ReceptionApi.WaitForStatusAsync(Client, id, expectedStatus, Step);
    }
}
