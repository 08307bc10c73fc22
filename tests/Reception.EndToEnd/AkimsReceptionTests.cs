using System.Net;
using System.Text.Json;
using Reception.EndToEnd.Infrastructure;

namespace Reception.EndToEnd;

/// <summary>R16 and R24 over HTTP: the akim receives a foreign-language applicant with an interpreter and the invited bodies.</summary>
[Collection(SharedLocalHostCollection.Name)]
public class AkimsReceptionTests(SharedLocalHost shared)
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(15);

    private HttpClient Client => shared.Host.Client;

    [Fact]
    public async Task R16_R24_InterpreterArrangedBeforeTheReception_BodiesInvited_BothInTheProtocol()
    {
        DateOnly day = await ReceptionDays.AddAsync(Client, "akim");
        string body = ReceptionApi.AppealBody("CC-R16-" + Guid.NewGuid().ToString("N"), language: "ru")
            .Replace("\"needsInterpreter\": false", "\"needsInterpreter\": true, \"interpreterLanguage\": \"English\"", StringComparison.Ordinal);
        (_, JsonElement intake) = await ReceptionApi.PostAsync(Client, "/api/intake/call-center", body, "dev-callcenter");
        string id = intake.GetProperty("appealId").GetString()!;
        await ReceptionApi.WaitForStatusAsync(Client, id, "underReview", Step);
        await PostAsync(id, "review", $$"""{ "outcome": "propose", "officialId": "akim", "proposedDate": "{{day:yyyy-MM-dd}}" }""", "dev-department", HttpStatusCode.Accepted);
        await ReceptionApi.WaitForStatusAsync(Client, id, "awaitingDecision", Step);
        await PostAsync(id, "decision", """{ "approve": true }""", "dev-head", HttpStatusCode.Accepted);

        // R16: the interpreter comes first; the protocol is refused until then, and the office sees it in its worklist.
        JsonElement requested = await ReceptionApi.WaitForAsync(Client, id, a => a.GetProperty("awaiting").GetString() == "interpreter", Step, "interpreter requested");
        Assert.Equal("English", requested.GetProperty("interpreter").GetProperty("language").GetString());
        Assert.Contains("interpreter", requested.GetProperty("actions").EnumerateArray().Select(a => a.GetString()));
        await PostAsync(id, "reception", """{ "outcome": "held", "identityVerified": true }""", "dev-official", HttpStatusCode.Conflict);
        JsonElement listed = await ReceptionApi.WaitForWorklistItemAsync(Client, "awaiting=interpreter&limit=200", id, "dev-office");
        Assert.Equal("R16", listed.GetProperty("rule").GetString());
        await PostAsync(id, "interpreter", """{ "name": " ", "language": "English" }""", "dev-office", HttpStatusCode.BadRequest);
        await PostAsync(id, "interpreter", """{ "name": "Айгерим Садыкова", "language": "English" }""", "dev-office", HttpStatusCode.Accepted);
        await ReceptionApi.WaitForAsync(Client, id, a => a.GetProperty("awaiting").GetString() == "reception", Step, "interpreter arranged");

        // R24: one invitation per body, each delivered by e-mail to its own address.
        JsonElement[] invitations = await WaitForInvitationsAsync(id, count: 4);
        Assert.Equal(4, invitations.Select(d => d.GetProperty("delivery").GetProperty("address").GetString()).Distinct().Count());

        await PostAsync(id, "reception", """{ "outcome": "held", "identityVerified": true, "attendance": ["prosecutor", "internalAffairs"] }""", "dev-official", HttpStatusCode.Accepted);
        JsonElement closed = await ReceptionApi.WaitForStatusAsync(Client, id, "closed", Step);
        Assert.Equal(["prosecutor", "internalAffairs"], closed.GetProperty("attendance").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("Айгерим Садыкова", closed.GetProperty("interpreter").GetProperty("name").GetString());
        string held = closed.GetProperty("history").EnumerateArray().Single(h => h.GetProperty("step").GetString() == "receptionHeld").GetProperty("detail").GetString()!;
        Assert.Contains("Айгерим Садыкова", held, StringComparison.Ordinal);
        Assert.Contains("the prosecutor's office", held, StringComparison.Ordinal);
    }

    private async Task PostAsync(string id, string action, string body, string key, HttpStatusCode expected)
    {
        (HttpStatusCode status, JsonElement reply) = await ReceptionApi.PostAsync(Client, $"/api/appeals/{id}/{action}", body, key);
        Assert.True(status == expected, $"{action}: {status} {reply}");
    }

    // The development sink's e-mails whose notification belongs to the appeal and invites to the akim's reception.
    private async Task<JsonElement[]> WaitForInvitationsAsync(string appealId, int count)
    {
        JsonElement[] found = [];
        for (int i = 0; i < 100 && found.Length < count; i++)
        {
            await Task.Delay(100);
            (_, JsonElement outbox) = await ReceptionApi.GetAsync(Client, "/api/dev/outbox", apiKey: null);
            found = [.. outbox.EnumerateArray().Where(d =>
                d.GetProperty("delivery").GetProperty("id").GetString()!.StartsWith(appealId, StringComparison.Ordinal)
                && d.GetProperty("delivery").GetProperty("text").GetString()!.StartsWith("Приглашаем на личный прием акима", StringComparison.Ordinal))];
        }

        Assert.True(found.Length == count, $"{found.Length} of {count} invitations arrived.");
        return found;
    }
}
