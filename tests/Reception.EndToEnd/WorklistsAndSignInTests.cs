using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Reception.EndToEnd.Infrastructure;

namespace Reception.EndToEnd;

/// <summary>
/// The staff see what waits for them and act as themselves, over HTTP on the local host
/// (docs/api.md "Worklists", "Who acted", "Pages"). Each test works with its own official, so the
/// shared host's other appeals never mix into its lists.
/// </summary>
[Collection(SharedLocalHostCollection.Name)]
public sealed class WorklistsAndSignInTests(SharedLocalHost shared) : IDisposable
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(15);
    private readonly string official = TestOfficials.Next();

    // A browser of its own: the sign-in cookie must not reach the other tests' client.
    private readonly HttpClient browser = new(new HttpClientHandler { CookieContainer = new CookieContainer() })
    {
        BaseAddress = shared.Host.Client.BaseAddress,
        Timeout = TimeSpan.FromSeconds(30),
    };

    private HttpClient Client => shared.Host.Client;

    public void Dispose() => browser.Dispose();

    [Fact]
    public async Task AnAppealMovesFromWorklistToWorklist_AndEachStepNamesThePersonSignedIn()
    {
        DateOnly day = await ReceptionDays.AddAsync(Client, official);
        string id = await SubmitAsync();
        await ReceptionApi.WaitForStatusAsync(Client, id, "underReview", Step);

        JsonElement review = await WaitForItemAsync("review", id);
        Assert.Equal("R8", review.GetProperty("rule").GetString());
        Assert.Equal("Ахметова Айгерим Серіккызы", review.GetProperty("applicantName").GetString());
        Assert.True(review.GetProperty("outOfTurn").GetBoolean());
        Assert.Equal("ok", review.GetProperty("dueState").GetString());
        Assert.True(review.GetProperty("workingDaysLeft").GetInt32() > 2);

        await SignInAsync("department.nurlan", "department");
        await ActAsync(id, "review", $$"""{ "outcome": "propose", "officialId": "{{official}}", "proposedDate": "{{day:yyyy-MM-dd}}" }""", "awaitingDecision");
        await WaitUntilGoneAsync("review", id); // the index follows the recorded step within the same activity
        await WaitForItemAsync("decision", id, "dev-head");

        await SignInAsync("head.marat", "head");
        await ActAsync(id, "decision", """{ "approve": true }""", "scheduled");
        JsonElement reception = await WaitForItemAsync("reception", id, TestOfficials.KeyOf(official));
        Assert.Equal(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), reception.GetProperty("due").GetString());

        // The official's day, in the order the applicants are received (R7).
        (HttpStatusCode dayStatus, JsonElement receptions) = await ReceptionApi.GetAsync(Client, $"/api/officials/{official}/receptions?date={day:yyyy-MM-dd}", TestOfficials.KeyOf(official));
        Assert.Equal(HttpStatusCode.OK, dayStatus);
        JsonElement first = receptions.GetProperty("items")[0];
        Assert.Equal((1, id, "kk", "scheduled"), (first.GetProperty("order").GetInt32(), first.GetProperty("appealId").GetString(), first.GetProperty("language").GetString(), first.GetProperty("status").GetString()));

        JsonElement appeal = (await ReceptionApi.GetAsync(Client, $"/api/appeals/{id}", "dev-office")).Body;
        JsonElement[] history = [.. appeal.GetProperty("history").EnumerateArray()];
        JsonElement proposed = history.Single(h => h.GetProperty("step").GetString() == "proposed");
        JsonElement approved = history.Single(h => h.GetProperty("step").GetString() == "approved");
        Assert.Equal(("department.nurlan", "department"), (proposed.GetProperty("by").GetProperty("id").GetString(), proposed.GetProperty("by").GetProperty("role").GetString()));
        Assert.Equal(("head.marat", "head"), (approved.GetProperty("by").GetProperty("id").GetString(), approved.GetProperty("by").GetProperty("role").GetString()));
        Assert.Equal(JsonValueKind.Null, history.Single(h => h.GetProperty("step").GetString() == "registered").GetProperty("by").ValueKind);
        Assert.Equal(["reception"], appeal.GetProperty("actions").EnumerateArray().Select(a => a.GetString())); // the office may record the protocol now

        // The applicant's page shows the very words the applicant was sent.
        (_, JsonElement view) = await ReceptionApi.GetAsync(Client, $"/api/public/appeals/{appeal.GetProperty("trackingCode").GetString()}", apiKey: null);
        JsonElement message = Assert.Single(view.GetProperty("messages").EnumerateArray());
        Assert.Equal("scheduled", message.GetProperty("kind").GetString());
        Assert.Equal(appeal.GetProperty("notifications")[0].GetProperty("text").GetString(), message.GetProperty("text").GetString());
        Assert.Contains(day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), message.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWorklistPage_FollowsItsCursor_AndBadQueriesAreProblemsNamingTheField()
    {
        string[] ids = [await SubmitAsync(), await SubmitAsync(), await SubmitAsync()];
        foreach (string id in ids)
        {
            await WaitForItemAsync("review", id);
        }

        (_, JsonElement page1) = await ReceptionApi.GetAsync(Client, $"/api/appeals?awaiting=review&officialId={official}&limit=2", "dev-department");
        string next = page1.GetProperty("next").GetString()!;
        (_, JsonElement page2) = await ReceptionApi.GetAsync(Client, $"/api/appeals?awaiting=review&officialId={official}&limit=2&cursor={next}", "dev-department");
        Assert.Equal(ids.Order(), page1.GetProperty("items").EnumerateArray().Concat(page2.GetProperty("items").EnumerateArray()).Select(i => i.GetProperty("appealId").GetString()).Order());
        Assert.Equal(JsonValueKind.Null, page2.GetProperty("next").ValueKind);

        (HttpStatusCode overdueStatus, JsonElement overdue) = await ReceptionApi.GetAsync(Client, $"/api/appeals?awaiting=review&officialId={official}&overdue=true", "dev-department");
        Assert.Equal((HttpStatusCode.OK, 0), (overdueStatus, overdue.GetProperty("items").GetArrayLength()));

        (HttpStatusCode bad, JsonElement problem) = await ReceptionApi.GetAsync(Client, "/api/appeals?awaiting=everything&limit=500&cursor=%21%21", "dev-department");
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        Assert.Equal(["awaiting", "cursor", "limit"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order());
        (HttpStatusCode notTheirs, _) = await ReceptionApi.GetAsync(Client, "/api/appeals?awaiting=review", "dev-head");
        (HttpStatusCode nobody, _) = await ReceptionApi.GetAsync(Client, "/api/appeals?awaiting=review", apiKey: null);
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized), (notTheirs, nobody));
    }

    [Fact]
    public async Task DevelopmentSignIn_NamesThePerson_RefusesStrangers_AndSignsOut()
    {
        (HttpStatusCode usersStatus, JsonElement users) = await ReceptionApi.GetAsync(browser, "/api/dev/users", apiKey: null);
        Assert.Equal(HttpStatusCode.OK, usersStatus);
        Assert.Contains(users.GetProperty("users").EnumerateArray(), u => u.GetProperty("role").GetString() == "official" && u.GetProperty("officialId").GetString() == "akim");

        (HttpStatusCode stranger, JsonElement problem) = await ReceptionApi.PostAsync(browser, "/api/dev/sign-in", """{ "userId": "mallory" }""", apiKey: null);
        Assert.Equal(HttpStatusCode.BadRequest, stranger);
        Assert.True(problem.GetProperty("errors").TryGetProperty("userId", out _));

        await SignInAsync("office.saule", "office");
        (HttpStatusCode me, JsonElement who) = await ReceptionApi.GetAsync(browser, "/api/me", apiKey: null);
        Assert.Equal((HttpStatusCode.OK, "Сәуле Қасымова", "development"), (me, who.GetProperty("name").GetString(), who.GetProperty("signIn").GetString()));

        using HttpResponseMessage signedOut = await browser.PostAsync(new Uri("/api/sign-out", UriKind.Relative), new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.NoContent, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ReceptionApi.GetAsync(browser, "/api/me", apiKey: null)).Status);
    }

    [Fact]
    public async Task ThePages_AreServedAtTheRootAndUnderStatus()
    {
        foreach (string path in new[] { "/", "/status", "/status/ABCDEFGHJKMN" })
        {
            using HttpResponseMessage page = await Client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
            Assert.Contains("<html", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        }

        using HttpResponseMessage escape = await Client.GetAsync(new Uri("/web/..%2F..%2Fappsettings.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, escape.StatusCode);
    }

    private async Task SignInAsync(string userId, string role)
    {
        (HttpStatusCode status, JsonElement me) = await ReceptionApi.PostAsync(browser, "/api/dev/sign-in", $$"""{ "userId": "{{userId}}" }""", apiKey: null);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((userId, role), (me.GetProperty("id").GetString(), me.GetProperty("role").GetString()));
    }

    /// <summary>Acts as the signed-in person: the browser's cookie, no key.</summary>
    private async Task ActAsync(string id, string action, string body, string expectedStatus)
    {
        (HttpStatusCode status, JsonElement reply) = await ReceptionApi.PostAsync(browser, $"/api/appeals/{id}/{action}", body, apiKey: null);
        Assert.True(status == HttpStatusCode.Accepted, $"{action}: {status} {reply}");
        await ReceptionApi.WaitForStatusAsync(Client, id, expectedStatus, Step);
    }

    private async Task<string> SubmitAsync()
    {
        string body = ReceptionApi.AppealBody("CC-" + Guid.NewGuid().ToString("N")).Replace("\"requestedOfficial\": \"akim\"", $"\"requestedOfficial\": \"{official}\"", StringComparison.Ordinal);
        (HttpStatusCode status, JsonElement intake) = await ReceptionApi.PostAsync(Client, "/api/intake/call-center", body, "dev-callcenter");
        Assert.Equal(HttpStatusCode.Accepted, status);
        return intake.GetProperty("appealId").GetString()!;
    }

    private async Task<JsonElement> ListAsync(string awaiting, string key) =>
        (await ReceptionApi.GetAsync(Client, $"/api/appeals?awaiting={awaiting}&officialId={official}", key)).Body.GetProperty("items");

    private Task<JsonElement> WaitForItemAsync(string awaiting, string id, string key = "dev-department") =>
        ReceptionApi.WaitForWorklistItemAsync(Client, $"awaiting={awaiting}&officialId={official}", id, key);

    private async Task WaitUntilGoneAsync(string awaiting, string id)
    {
        for (int i = 0; i < 50; i++)
        {
            if (!(await ListAsync(awaiting, "dev-office")).EnumerateArray().Any(item => item.GetProperty("appealId").GetString() == id))
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Appeal {id} stayed in the {awaiting} worklist of {official} for 5 s after the step that ended its wait.");
    }
}
