using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Reception.EndToEnd.Infrastructure;

namespace Reception.EndToEnd;

/// <summary>
/// Who sees and does what, over HTTP (issue 28; README "Who sees what"): an official only their own
/// receptions, each role only the applicant's data its work needs, and a principal header only
/// from the platform.
/// </summary>
[Collection(SharedLocalHostCollection.Name)]
public class AccessTests(SharedLocalHost shared)
{
    private const string Akim = "dev-official";
    private const string Deputy1 = "dev-official-deputy1";
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(15);

    private HttpClient Client => shared.Host.Client;

    [Fact]
    public async Task AnOfficialReadsAndActsOnlyOnTheirOwnReceptions()
    {
        (string id, DateOnly day, _) = await ScheduledAtTheAkimsAsync();

        // The akim's day, the akim's appeal and the akim's reception outcome are not the deputy's.
        string receptions = $"/api/officials/akim/receptions?date={day:yyyy-MM-dd}";
        ExpectForbidden(await ReceptionApi.GetAsync(Client, receptions, Deputy1));
        ExpectForbidden(await ReceptionApi.GetAsync(Client, $"/api/appeals/{id}", Deputy1));
        ExpectForbidden(await ReceptionApi.GetAsync(Client, $"/api/officials/akim/days?from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}", Deputy1));
        ExpectForbidden(await ReceptionApi.GetAsync(Client, "/api/appeals?awaiting=reception&officialId=akim", Deputy1));
        ExpectForbidden(await ReceptionApi.PostAsync(Client, $"/api/appeals/{id}/reception", """{ "outcome": "noShow" }""", Deputy1));
        JsonElement untouched = await ReceptionApi.WaitForStatusAsync(Client, id, "scheduled", Step);
        Assert.DoesNotContain(untouched.GetProperty("history").EnumerateArray(), h => h.GetProperty("step").GetString() == "noShow");

        // The deputy's own worklist never lists the akim's applicant.
        (HttpStatusCode own, JsonElement ownList) = await ReceptionApi.GetAsync(Client, "/api/appeals?awaiting=reception&limit=200", Deputy1);
        Assert.Equal(HttpStatusCode.OK, own);
        Assert.DoesNotContain(ownList.GetProperty("items").EnumerateArray(), i => i.GetProperty("appealId").GetString() == id);

        // The akim does all of it.
        (HttpStatusCode listed, JsonElement list) = await ReceptionApi.GetAsync(Client, receptions, Akim);
        Assert.Equal(HttpStatusCode.OK, listed);
        Assert.Contains(list.GetProperty("items").EnumerateArray(), i => i.GetProperty("appealId").GetString() == id);
        Assert.Equal(HttpStatusCode.OK, (await ReceptionApi.GetAsync(Client, $"/api/appeals/{id}", Akim)).Status);
        await ReceptionApi.WaitForWorklistItemAsync(Client, "awaiting=reception&limit=200", id, Akim);
        (HttpStatusCode recorded, JsonElement reply) = await ReceptionApi.PostAsync(Client, $"/api/appeals/{id}/reception", """{ "outcome": "noShow" }""", Akim);
        Assert.True(recorded == HttpStatusCode.Accepted, reply.ToString());
    }

    [Fact]
    public async Task AnOfficialSeesNoAppealBeforeItIsProposedToThem()
    {
        (_, JsonElement intake) = await ReceptionApi.PostAsync(Client, "/api/intake/call-center", ReceptionApi.AppealBody("CC-ACL-" + Guid.NewGuid().ToString("N")), "dev-callcenter");
        string id = intake.GetProperty("appealId").GetString()!;
        await ReceptionApi.WaitForStatusAsync(Client, id, "underReview", Step);
        ExpectForbidden(await ReceptionApi.GetAsync(Client, $"/api/appeals/{id}", Akim));
    }

    // One row of README "Who sees what" per role: which of the applicant's fields it reads.
    [Theory]
    [InlineData("dev-office", true, true, true)]
    [InlineData("dev-department", true, true, true)]
    [InlineData(Akim, true, true, false)]
    [InlineData("dev-head", true, false, false)]
    public async Task EachRoleReadsOnlyTheApplicantDataItsWorkNeeds(string key, bool name, bool iin, bool contacts)
    {
        (string id, _, string applicantIin) = await ScheduledAtTheAkimsAsync();

        (HttpStatusCode status, JsonElement appeal) = await ReceptionApi.GetAsync(Client, $"/api/appeals/{id}", key);

        Assert.Equal(HttpStatusCode.OK, status);
        JsonElement applicant = appeal.GetProperty("applicant");
        Assert.Equal(name, applicant.GetProperty("lastName").GetString() == "Ахметова");
        Assert.Equal(iin ? applicantIin : null, applicant.GetProperty("iin").GetString());
        Assert.Equal(contacts ? "+77011234567" : null, applicant.GetProperty("phone").GetString());
        Assert.Equal(contacts ? "a@example.kz" : null, applicant.GetProperty("email").GetString());
        if (!iin)
        {
            Assert.DoesNotContain(applicantIin, appeal.GetRawText(), StringComparison.Ordinal);
        }

        if (!contacts)
        {
            Assert.DoesNotContain("+77011234567", appeal.GetRawText(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheReportsRoleReadsCountsButNoAppealAndNoApplicant()
    {
        (string id, _, string applicantIin) = await ScheduledAtTheAkimsAsync();

        ExpectForbidden(await ReceptionApi.GetAsync(Client, $"/api/appeals/{id}", "dev-reports"));
        ExpectForbidden(await ReceptionApi.GetAsync(Client, "/api/appeals?awaiting=reception", "dev-reports"));

        (_, JsonElement clock) = await ReceptionApi.GetAsync(Client, "/api/clock", apiKey: null);
        DateOnly today = DateOnly.Parse(clock.GetProperty("today").GetString()!, CultureInfo.InvariantCulture);
        int quarter = ((today.Month - 1) / 3) + 1;
        foreach (string format in new[] { string.Empty, "?format=csv", "?format=html" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/reports/quarterly/{today.Year}/{quarter}{format}");
            request.Headers.Add("X-Api-Key", "dev-reports");
            using HttpResponseMessage response = await Client.SendAsync(request);
            string text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{format}: {(int)response.StatusCode} {text}");
            Assert.DoesNotContain(applicantIin, text, StringComparison.Ordinal);
            Assert.DoesNotContain("+77011234567", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Ахметова", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AForgedPlatformPrincipalIsIgnored_WhenThePlatformIsNotTrusted()
    {
        // What App Service Authentication would send for an office clerk: here nobody vouches for it.
        string principal = Convert.ToBase64String(Encoding.UTF8.GetBytes("""
            { "auth_typ": "aad", "name_typ": "name", "role_typ": "roles",
              "claims": [ { "typ": "name", "val": "Forger" }, { "typ": "roles", "val": "office" }, { "typ": "roles", "val": "official.akim" } ] }
            """));
        foreach (string path in new[] { "/api/me", "/api/appeals?awaiting=review" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add("X-MS-CLIENT-PRINCIPAL", principal);
            request.Headers.Add("X-MS-CLIENT-PRINCIPAL-NAME", "forger@example.kz");
            using HttpResponseMessage response = await Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        // Beside a deputy's key, it grants nothing of the akim's.
        using var withKey = new HttpRequestMessage(HttpMethod.Get, "/api/appeals?awaiting=reception&officialId=akim");
        withKey.Headers.Add("X-Api-Key", Deputy1);
        withKey.Headers.Add("X-MS-CLIENT-PRINCIPAL", principal);
        using HttpResponseMessage refused = await Client.SendAsync(withKey);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    // An appeal of a new applicant, approved for a day of the akim's: returns its id, the day and the IIN.
    private async Task<(string Id, DateOnly Day, string Iin)> ScheduledAtTheAkimsAsync()
    {
        DateOnly day = await ReceptionDays.AddAsync(Client, "akim");
        string iin = TestIins.NewIin();
        (_, JsonElement intake) = await ReceptionApi.PostAsync(Client, "/api/intake/call-center", ReceptionApi.AppealBody("CC-ACL-" + Guid.NewGuid().ToString("N"), iin: iin), "dev-callcenter");
        string id = intake.GetProperty("appealId").GetString()!;
        await ReceptionApi.WaitForStatusAsync(Client, id, "underReview", Step);
        await PostAsync(id, "review", $$"""{ "outcome": "propose", "officialId": "akim", "proposedDate": "{{day:yyyy-MM-dd}}" }""", "dev-department");
        await ReceptionApi.WaitForStatusAsync(Client, id, "awaitingDecision", Step);
        await PostAsync(id, "decision", """{ "approve": true }""", "dev-head");
        await ReceptionApi.WaitForStatusAsync(Client, id, "scheduled", Step);
        return (id, day, iin);
    }

    private async Task PostAsync(string id, string action, string body, string key)
    {
        (HttpStatusCode status, JsonElement reply) = await ReceptionApi.PostAsync(Client, $"/api/appeals/{id}/{action}", body, key);
        Assert.True(status == HttpStatusCode.Accepted, $"{action}: {status} {reply}");
    }

    private static void ExpectForbidden((HttpStatusCode Status, JsonElement Body) reply)
    {
        Assert.True(reply.Status == HttpStatusCode.Forbidden, $"expected 403, got {(int)reply.Status}: {reply.Body}");
        Assert.Equal(403, reply.Body.GetProperty("status").GetInt32());
    }
}
