using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Reception.EndToEnd.Infrastructure;

namespace Reception.EndToEnd;

/// <summary>
/// Every way a request can be wrong gets a clear problem+json answer, and leaves storage exactly
/// as it was: no appeal row, intake claim, tracking code, schedule day, orchestration or message.
/// </summary>
[Collection(BadInputCollection.Name)]
public partial class BadInputTests(BadInputHost fixture)
{
    private const string Json = "application/json";

    /// <summary>One bad request: what it sends and what it must get back.</summary>
    /// <param name="Field">The field the problem's errors must name (400 only).</param>
    public sealed record Case(string Path, string? Key, string? ContentType, Func<string> Body, HttpStatusCode Expected, string? Field = null, string Method = "POST", Func<string, long, string?>? Signature = null, long TimestampOffsetSeconds = 0);

    private static readonly Dictionary<string, Case> Cases = WithHardeningCases(new()
    {
        ["malformed JSON"] = Intake(() => "{\"externalId\": ", HttpStatusCode.BadRequest, "$"),
        ["JSON array instead of object"] = Intake(() => "[]", HttpStatusCode.BadRequest, "$"),
        ["JSON null"] = Intake(() => "null", HttpStatusCode.BadRequest, "$"),
        ["empty body"] = Intake(() => "", HttpStatusCode.BadRequest, "$"),
        ["applicant is a string"] = Intake(() => With(a => a["applicant"] = "Ахметова"), HttpStatusCode.BadRequest, "applicant"),
        ["videoConference is a string"] = Intake(() => With(a => a["videoConference"] = "yes"), HttpStatusCode.BadRequest, "videoConference"),
        ["iin is a number"] = Intake(() => With(a => a["applicant"]!["iin"] = 900101400122), HttpStatusCode.BadRequest, "applicant.iin"),
        ["categories is an object"] = Intake(() => With(a => a["applicant"]!["categories"] = new JsonObject()), HttpStatusCode.BadRequest, "applicant.categories"),
        ["unknown language"] = Intake(() => With(a => a["language"] = "en"), HttpStatusCode.BadRequest, "language"),
        ["unknown applicant type"] = Intake(() => With(a => a["applicant"]!["type"] = "company"), HttpStatusCode.BadRequest, "applicant.type"),
        ["unknown category"] = Intake(() => With(a => a["applicant"]!["categories"] = new JsonArray("vip")), HttpStatusCode.BadRequest, "applicant.categories[0]"),
        ["missing externalId"] = Intake(() => With(a => a.Remove("externalId")), HttpStatusCode.BadRequest, "externalId"),
        ["blank externalId"] = Intake(() => With(a => a["externalId"] = "  "), HttpStatusCode.BadRequest, "externalId"),
        ["missing applicant"] = Intake(() => With(a => a.Remove("applicant")), HttpStatusCode.BadRequest, "applicant"),
        ["missing language"] = Intake(() => With(a => a.Remove("language")), HttpStatusCode.BadRequest, "language"),
        ["missing requestedOfficial"] = Intake(() => With(a => a.Remove("requestedOfficial")), HttpStatusCode.BadRequest, "requestedOfficial"),
        ["missing last name"] = Intake(() => With(a => a["applicant"]!.AsObject().Remove("lastName")), HttpStatusCode.BadRequest, "applicant.lastName"),
        ["IIN check digit wrong"] = Intake(() => With(a => a["applicant"]!["iin"] = "900101400123"), HttpStatusCode.BadRequest, "applicant.iin"),
        ["IIN of 11 digits"] = Intake(() => With(a => a["applicant"]!["iin"] = "90010140012"), HttpStatusCode.BadRequest, "applicant.iin"),
        ["IIN with a letter"] = Intake(() => With(a => a["applicant"]!["iin"] = "90010140012A"), HttpStatusCode.BadRequest, "applicant.iin"),
        ["IIN with an impossible birth date"] = Intake(() => With(a => a["applicant"]!["iin"] = "901301400122"), HttpStatusCode.BadRequest, "applicant.iin"),
        ["representative without legal entity"] = Intake(() => With(a => a["applicant"]!["type"] = "legalEntityRepresentative"), HttpStatusCode.BadRequest, "applicant.legalEntity"),
        ["representative with a bad BIN"] = Intake(() => Representative("940140000386", "Доверенность №12"), HttpStatusCode.BadRequest, "applicant.legalEntity.bin"),
        ["representative without proof of authority"] = Intake(() => Representative("940140000385", ""), HttpStatusCode.BadRequest, "applicant.legalEntity.authorityDocument"),
        ["individual naming a legal entity"] = Intake(() => With(a => a["applicant"]!["legalEntity"] = LegalEntity("940140000385", "Доверенность")), HttpStatusCode.BadRequest, "applicant.legalEntity"),
        ["citizenship spelled out"] = Intake(() => With(a => a["applicant"]!["citizenship"] = "Kazakhstan"), HttpStatusCode.BadRequest, "applicant.citizenship"),
        ["phone without country code"] = Intake(() => With(a => a["applicant"]!["phone"] = "87011234567"), HttpStatusCode.BadRequest, "applicant.phone"),
        ["email without at"] = Intake(() => With(a => a["applicant"]!["email"] = "a.example.kz"), HttpStatusCode.BadRequest, "applicant.email"),
        ["call centre naming a channel"] = Intake(() => With(a => a["channel"] = "paper"), HttpStatusCode.BadRequest, "channel"),
        ["body over 64 KiB"] = Intake(() => With(a => a["subject"] = new string('я', 40_000)), HttpStatusCode.RequestEntityTooLarge),
        ["text/plain body"] = new("/api/intake/call-center", "dev-callcenter", "text/plain", () => With(_ => { }), HttpStatusCode.UnsupportedMediaType),
        ["no content type"] = new("/api/intake/call-center", "dev-callcenter", null, () => With(_ => { }), HttpStatusCode.UnsupportedMediaType),
        ["no API key"] = new("/api/intake/call-center", null, Json, () => With(_ => { }), HttpStatusCode.Unauthorized),
        ["unknown API key"] = new("/api/intake/call-center", "not-a-key", Json, () => With(_ => { }), HttpStatusCode.Unauthorized),
        ["office key on the call-centre route"] = new("/api/intake/call-center", "dev-office", Json, () => With(_ => { }), HttpStatusCode.Forbidden),
        ["office intake without channel"] = new("/api/intake/office", "dev-office", Json, () => With(_ => { }), HttpStatusCode.BadRequest, "channel"),
        ["office intake by fax"] = new("/api/intake/office", "dev-office", Json, () => With(a => a["channel"] = "fax"), HttpStatusCode.BadRequest, "channel"),
        ["e-gov without signature"] = new("/api/intake/egov", "dev-egov", Json, () => With(_ => { }), HttpStatusCode.Unauthorized),
        ["e-gov with a wrong signature"] = new("/api/intake/egov", "dev-egov", Json, () => With(_ => { }), HttpStatusCode.Unauthorized, Signature: (_, _) => "sha256=" + new string('0', 64)),
        ["e-gov signed with another secret"] = new("/api/intake/egov", "dev-egov", Json, () => With(_ => { }), HttpStatusCode.Unauthorized, Signature: (body, at) => EgovSigning.Signature(body, at, "not-the-secret")),
        ["e-gov signed right, IIN wrong"] = new("/api/intake/egov", "dev-egov", Json, () => With(a => a["applicant"]!["iin"] = "900101400123"), HttpStatusCode.BadRequest, "applicant.iin", Signature: (body, at) => EgovSigning.Signature(body, at)),
        ["e-gov signed six minutes ago"] = new("/api/intake/egov", "dev-egov", Json, () => With(_ => { }), HttpStatusCode.Unauthorized, Signature: (body, at) => EgovSigning.Signature(body, at), TimestampOffsetSeconds: -360),
        ["e-gov signed six minutes ahead"] = new("/api/intake/egov", "dev-egov", Json, () => With(_ => { }), HttpStatusCode.Unauthorized, Signature: (body, at) => EgovSigning.Signature(body, at), TimestampOffsetSeconds: 360),
        ["review of an unknown appeal"] = Staff("/api/appeals/0123456789abcdef0123456789abcdef/review", "dev-department", """{ "outcome": "refuse", "reason": "x" }""", HttpStatusCode.NotFound),
        ["review of a malformed appeal id"] = Staff("/api/appeals/not-an-id/review", "dev-department", """{ "outcome": "refuse", "reason": "x" }""", HttpStatusCode.NotFound),
        ["review with an unknown outcome"] = Staff("/api/appeals/{id}/review", "dev-department", """{ "outcome": "maybe" }""", HttpStatusCode.BadRequest, "outcome"),
        ["proposal without official"] = Staff("/api/appeals/{id}/review", "dev-department", """{ "outcome": "propose", "proposedDate": "2027-02-10" }""", HttpStatusCode.BadRequest, "officialId"),
        ["proposal with a date that is not a date"] = Staff("/api/appeals/{id}/review", "dev-department", """{ "outcome": "propose", "officialId": "akim", "proposedDate": "tomorrow" }""", HttpStatusCode.BadRequest, "proposedDate"),
        ["proposal for a day without reception"] = Staff("/api/appeals/{id}/review", "dev-department", """{ "outcome": "propose", "officialId": "akim", "proposedDate": "2027-02-10" }""", HttpStatusCode.BadRequest, "proposedDate"),
        ["refusal without reason (§29)"] = Staff("/api/appeals/{id}/review", "dev-department", """{ "outcome": "refuse" }""", HttpStatusCode.BadRequest, "reason"),
        ["central body request without body"] = Staff("/api/appeals/{id}/review", "dev-department", """{ "outcome": "requestCentralBody", "reason": "x" }""", HttpStatusCode.BadRequest, "centralBody"),
        ["review with the head's key"] = Staff("/api/appeals/{id}/review", "dev-head", """{ "outcome": "refuse", "reason": "x" }""", HttpStatusCode.Forbidden),
        ["decision while under review"] = Staff("/api/appeals/{id}/decision", "dev-head", """{ "approve": true }""", HttpStatusCode.Conflict),
        ["decision without approve"] = Staff("/api/appeals/{id}/decision", "dev-head", """{ "reason": "x" }""", HttpStatusCode.BadRequest, "approve"),
        ["refusing decision without reason"] = Staff("/api/appeals/{id}/decision", "dev-head", """{ "approve": false }""", HttpStatusCode.BadRequest, "reason"),
        ["reception while under review"] = Staff("/api/appeals/{id}/reception", "dev-office", """{ "outcome": "noShow" }""", HttpStatusCode.Conflict),
        ["reception without identity check (R15)"] = Staff("/api/appeals/{id}/reception", "dev-office", """{ "outcome": "held", "identityVerified": false }""", HttpStatusCode.BadRequest, "identityVerified"),
        ["instruction without due date (R19)"] = Staff("/api/appeals/{id}/reception", "dev-office", """{ "outcome": "held", "identityVerified": true, "instructions": [ { "text": "x", "assignee": "y" } ] }""", HttpStatusCode.BadRequest, "instructions[0].dueDate"),
        ["answer to an instruction that does not exist"] = Staff("/api/appeals/{id}/instructions/1/answer", "dev-department", """{ "executor": "x", "answer": "y", "final": true }""", HttpStatusCode.NotFound),
        ["central body response while under review"] = Staff("/api/appeals/{id}/central-body-response", "dev-department", """{ "participates": true }""", HttpStatusCode.Conflict),
        ["reception day ending before it starts"] = Staff("/api/schedule", "dev-office", """{ "officialId": "akim", "officialName": { "kk": "Әкім", "ru": "Аким" }, "date": "2027-02-10", "start": "12:00:00", "end": "10:00:00", "slotMinutes": 20, "mode": "inPerson" }""", HttpStatusCode.BadRequest, "end"),
        ["reception day by phone"] = Staff("/api/schedule", "dev-office", """{ "officialId": "akim", "officialName": { "kk": "Әкім", "ru": "Аким" }, "date": "2027-02-10", "start": "10:00:00", "end": "12:00:00", "slotMinutes": 20, "mode": "phone" }""", HttpStatusCode.BadRequest, "mode"),
        ["reception day without Kazakh name (R13)"] = Staff("/api/schedule", "dev-office", """{ "officialId": "akim", "officialName": { "ru": "Аким" }, "date": "2027-02-10", "start": "10:00:00", "end": "12:00:00", "slotMinutes": 20, "mode": "inPerson" }""", HttpStatusCode.BadRequest, "officialName.kk"),
        ["absence on a day without reception"] = Staff("/api/officials/akim/unavailability", "dev-office", """{ "date": "2027-02-10", "reason": "Командировка" }""", HttpStatusCode.NotFound),
        ["absence without reason"] = Staff("/api/officials/akim/unavailability", "dev-office", """{ "date": "2027-02-10" }""", HttpStatusCode.BadRequest, "reason"),
        ["survey score of zero"] = Staff("/api/appeals/{id}/survey", "dev-office", """{ "score": 0 }""", HttpStatusCode.BadRequest, "score"),
        ["survey of an appeal not on the list"] = Staff("/api/appeals/{id}/survey", "dev-office", """{ "score": 4 }""", HttpStatusCode.Conflict),
        ["restrictive measures without saying on or off"] = Staff("/api/restrictive-measures", "dev-head", """{ "reason": "Карантин" }""", HttpStatusCode.BadRequest, "active"),
        ["restrictive measures without reason"] = Staff("/api/restrictive-measures", "dev-head", """{ "active": true }""", HttpStatusCode.BadRequest, "reason"),
        ["restrictive measures by the office"] = Staff("/api/restrictive-measures", "dev-office", """{ "active": true, "reason": "x" }""", HttpStatusCode.Forbidden),
        ["unknown appeal read"] = new("/api/appeals/0123456789abcdef0123456789abcdef", "dev-office", null, () => "", HttpStatusCode.NotFound, Method: "GET"),
        ["unknown tracking code"] = new("/api/public/appeals/ABCDEFGHJKMN", null, null, () => "", HttpStatusCode.NotFound, Method: "GET"),
    });

    public static TheoryData<string> CaseNames() => [.. Cases.Keys];

    [Fact]
    public void Suite_HasAtLeastFortyCases() => Assert.True(Cases.Count >= 40, $"{Cases.Count} cases");

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task BadInput_GetsAClearProblemAndChangesNothing(string name)
    {
        Case test = Cases[name];
        StorageSnapshot before = await StorageSnapshot.TakeAsync(fixture.Host);
        string body = test.Body();
        using var request = new HttpRequestMessage(new HttpMethod(test.Method), test.Path.Replace("{id}", fixture.AppealUnderReview, StringComparison.Ordinal));
        if (test.Method == "POST")
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (test.ContentType is not null)
            {
                request.Content.Headers.ContentType = new MediaTypeHeaderValue(test.ContentType);
            }
        }

        if (test.Key is not null)
        {
            request.Headers.Add("X-Api-Key", test.Key);
        }

        long signedAt = EgovSigning.Now() + test.TimestampOffsetSeconds;
        if (test.Signature?.Invoke(body, signedAt) is { } signature)
        {
            request.Headers.Add("X-Signature-Timestamp", signedAt.ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.Add("X-Signature", signature);
        }

        using HttpResponseMessage response = await fixture.Host.Client.SendAsync(request);
        string text = await response.Content.ReadAsStringAsync();

        Assert.True(test.Expected == response.StatusCode, $"{name}: expected {test.Expected}, got {response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using JsonDocument problem = JsonDocument.Parse(text);
        Assert.Equal((int)test.Expected, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("detail").GetString()));
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal); // never a stack trace
        if (test.Field is not null)
        {
            Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(test.Field, out JsonElement messages), $"{name}: no error for {test.Field} in {text}");
            Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
        }

        Assert.Equal(before, await StorageSnapshot.TakeAsync(fixture.Host));
    }

    private static Case Intake(Func<string> body, HttpStatusCode expected, string? field = null) =>
        new("/api/intake/call-center", "dev-callcenter", Json, body, expected, field);

    private static Case Staff(string path, string key, string body, HttpStatusCode expected, string? field = null) =>
        new(path, key, Json, () => body, expected, field);

    private static string With(Action<JsonObject> change)
    {
        JsonObject appeal = JsonNode.Parse(ReceptionApi.AppealBody("BAD-" + Guid.NewGuid().ToString("N")))!.AsObject();
        change(appeal);
        return appeal.ToJsonString();
    }

    private static string Representative(string bin, string authority) => With(a =>
    {
        a["applicant"]!["type"] = "legalEntityRepresentative";
        a["applicant"]!["legalEntity"] = LegalEntity(bin, authority);
    });

    private static JsonObject LegalEntity(string bin, string authority) => new() { ["bin"] = bin, ["name"] = "ТОО Береке", ["authorityDocument"] = authority };
}
