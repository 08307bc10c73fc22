using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Reception.EndToEnd.Infrastructure;

namespace Reception.EndToEnd;

/// <summary>
/// §10 and §9 over HTTP (issue 30): a foreign national registered by passport, without an IIN, and
/// a representative of an individual with a power of attorney, each from intake to closed.
/// </summary>
[Collection(SharedLocalHostCollection.Name)]
public class ForeignApplicantsTests(SharedLocalHost shared)
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(15);

    private HttpClient Client => shared.Host.Client;

    [Fact]
    public async Task Section10_AForeignerWithAPassportAndNoIin_GoesThroughToClosed()
    {
        string number = "FA" + Random.Shared.Next(1_000_000, 9_999_999);
        string id = await ThroughToClosedAsync(a =>
        {
            a["applicant"]!.AsObject().Remove("iin");
            a["applicant"]!["citizenship"] = "UZ";
            a["applicant"]!["document"] = new JsonObject { ["type"] = "passport", ["number"] = number, ["country"] = "UZ" };
        }, booked => Assert.Contains("документ, удостоверяющий личность", booked, StringComparison.Ordinal));

        (_, JsonElement appeal) = await ReceptionApi.GetAsync(Client, $"/api/appeals/{id}", "dev-office");
        JsonElement document = appeal.GetProperty("applicant").GetProperty("document");
        Assert.Equal(("passport", number, "UZ"), (document.GetProperty("type").GetString(), document.GetProperty("number").GetString(), document.GetProperty("country").GetString()));
        Assert.Equal(JsonValueKind.Null, appeal.GetProperty("applicant").GetProperty("iin").ValueKind);
    }

    [Fact]
    public async Task Section9_ARepresentativeOfAnIndividualWithAPowerOfAttorney_GoesThroughToClosed()
    {
        string id = await ThroughToClosedAsync(a =>
        {
            a["applicant"]!["type"] = "individualRepresentative";
            a["applicant"]!["represents"] = new JsonObject { ["fullName"] = "Сейтов Марат", ["authorityDocument"] = "Доверенность № 45 от 01.12.2026" };
        }, booked => Assert.Contains("документ, подтверждающий полномочия (Доверенность № 45 от 01.12.2026)", booked, StringComparison.Ordinal));

        (_, JsonElement appeal) = await ReceptionApi.GetAsync(Client, $"/api/appeals/{id}", "dev-office");
        Assert.Equal("Сейтов Марат", appeal.GetProperty("applicant").GetProperty("represents").GetProperty("fullName").GetString());
    }

    // Intake through the call centre, a day of a test official, review, decision, a reception without instructions: closed.
    private async Task<string> ThroughToClosedAsync(Action<JsonObject> applicant, Action<string> checkBookingMessage)
    {
        string officialId = TestOfficials.Next();
        DateOnly day = await ReceptionDays.AddAsync(Client, officialId);
        string id = await StaffSteps.ApprovedAsync(Client, officialId, day, applicant);
        JsonElement scheduled = await ReceptionApi.WaitForStatusAsync(Client, id, "scheduled", Step);
        checkBookingMessage(scheduled.GetProperty("notifications")[0].GetProperty("text").GetString()!);

        await StaffSteps.ActAsync(Client, id, "reception", """{ "outcome": "held", "identityVerified": true, "answer": "Разъяснен порядок обращения." }""", TestOfficials.KeyOf(officialId));
        await ReceptionApi.WaitForStatusAsync(Client, id, "closed", Step);
        return id;
    }
}
