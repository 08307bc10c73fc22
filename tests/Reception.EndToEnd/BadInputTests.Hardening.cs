using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Reception.EndToEnd.Infrastructure;

namespace Reception.EndToEnd;

/// <summary>
/// Issue 28's hardened edges: arrays of thousands, ids that are not ids (with <c>/ # ? \</c> and
/// control characters), CR/LF in names that end up in iCalendar lines, over-long strings before
/// any pattern, and chunked garbage: each a 4xx problem that changes nothing.
/// </summary>
public partial class BadInputTests
{
    private const int Thousands = 5_000;

    private static Dictionary<string, Case> WithHardeningCases(Dictionary<string, Case> cases)
    {
        // Arrays far beyond what a reception or an applicant can have.
        cases["5,000 instructions"] = Staff("/api/appeals/{id}/reception", "dev-office", Reception(instructions: Many("{}")), HttpStatusCode.BadRequest, "instructions");
        cases["5,000 handed-in appeals"] = Staff("/api/appeals/{id}/reception", "dev-office", Reception(handedIn: Many("{}")), HttpStatusCode.BadRequest, "handedInAppeals");
        cases["5,000 attendees"] = Staff("/api/appeals/{id}/reception", "dev-office", Reception(attendance: Many("\"x\"")), HttpStatusCode.BadRequest, "attendance");
        cases["5,000 categories"] = Intake(() => With(a => a["applicant"]!["categories"] = JsonNode.Parse(Many("\"x\""))), HttpStatusCode.BadRequest, "applicant.categories");

        // Official ids in bodies: table keys, so a short [a-z0-9-] form only. (Locals, not static
        // fields: this runs from the other part's static initializer, before this part's fields.)
        string[] badOfficialIds = ["a/b", "a#b", "a?b", "a\\b", "a\u0001b", "AKIM", "a b", new string('a', 41)];
        for (int i = 0; i < badOfficialIds.Length; i++)
        {
            string id = Escape(badOfficialIds[i]);
            cases[$"proposal for official id #{i}"] = Staff("/api/appeals/{id}/review", "dev-department",
                $$"""{ "outcome": "propose", "officialId": "{{id}}", "proposedDate": "2027-02-10" }""", HttpStatusCode.BadRequest, "officialId");
        }

        cases["reception day for official id a/b"] = Staff("/api/schedule", "dev-office", Day(officialId: "a/b"), HttpStatusCode.BadRequest, "officialId");
        cases["reporting meeting for official id a#b"] = Staff("/api/reporting-meetings", "dev-office", """{ "officialId": "a#b", "date": "2027-02-10" }""", HttpStatusCode.BadRequest, "officialId");

        // Ids in routes and queries.
        cases["days of official a%2Fb"] = Get("/api/officials/a%2Fb/days", "dev-office", HttpStatusCode.BadRequest);
        cases["days of official a%23b"] = Get("/api/officials/a%23b/days", "dev-office", HttpStatusCode.BadRequest);
        cases["receptions of official a%3Fb"] = Get("/api/officials/a%3Fb/receptions?date=2027-02-10", "dev-office", HttpStatusCode.BadRequest);
        cases["receptions of official a%5Cb"] = Get("/api/officials/a%5Cb/receptions?date=2027-02-10", "dev-office", HttpStatusCode.BadRequest);
        cases["days of official a%01b"] = Get("/api/officials/a%01b/days", "dev-office", HttpStatusCode.BadRequest);
        cases["days of official AKIM"] = Get("/api/officials/AKIM/days", "dev-office", HttpStatusCode.BadRequest);
        cases["absence of official a%0D%0Ab"] = Staff("/api/officials/a%0D%0Ab/unavailability", "dev-office", """{ "date": "2027-02-10", "reason": "x" }""", HttpStatusCode.BadRequest, "officialId");
        cases["worklist of official a/b"] = Get("/api/appeals?awaiting=review&officialId=a%2Fb", "dev-department", HttpStatusCode.BadRequest);
        cases["materials request not-an-id"] = Get("/api/materials-requests/not-an-id", "dev-office", HttpStatusCode.BadRequest);
        cases["materials request m%2F.."] = Get("/api/materials-requests/m%2F..%2F..%2Fx", "dev-office", HttpStatusCode.BadRequest);
        cases["answer to materials request x%23y"] = Staff("/api/materials-requests/x%23y/answer", "dev-office", """{ "answer": "x" }""", HttpStatusCode.BadRequest, "requestId");
        cases["materials for appeal ../x"] = Staff("/api/materials-requests", "dev-office",
            """{ "appealId": "../x", "unit": "Отдел ЖКХ", "materials": "Акт", "dueDate": "2099-01-01" }""", HttpStatusCode.BadRequest, "appealId");

        // CR/LF and control characters in names, reasons and places.
        cases["official's Kazakh name with CR/LF"] = Staff("/api/schedule", "dev-office", Day(nameKk: "Әкім\\r\\nBEGIN:VEVENT"), HttpStatusCode.BadRequest, "officialName.kk");
        cases["official's Russian name with LF"] = Staff("/api/schedule", "dev-office", Day(nameRu: "Аким\\nX-INJECTED:1"), HttpStatusCode.BadRequest, "officialName.ru");
        cases["official's name of 5,000 characters"] = Staff("/api/schedule", "dev-office", Day(nameRu: new string('я', Thousands)), HttpStatusCode.BadRequest, "officialName.ru");
        cases["akim's order with CR/LF"] = Staff("/api/schedule", "dev-office", Day(exceptionReason: "№12\\r\\nEND:VCALENDAR"), HttpStatusCode.BadRequest, "exceptionReason");
        cases["absence reason with a control character"] = Staff("/api/officials/akim/unavailability", "dev-office", """{ "date": "2027-02-10", "reason": "x\u0007" }""", HttpStatusCode.BadRequest, "reason");
        cases["reporting meeting place with LF"] = Staff("/api/reporting-meetings", "dev-office", """{ "officialId": "akim", "date": "2027-02-10", "place": "Зал\nX" }""", HttpStatusCode.BadRequest, "place");
        cases["interpreter's name with CR/LF"] = Staff("/api/appeals/{id}/interpreter", "dev-office", """{ "name": "Айгерим\r\nСадыкова", "language": "English" }""", HttpStatusCode.BadRequest, "name");
        cases["assignee with CR/LF"] = Staff("/api/appeals/{id}/reception", "dev-office",
            """{ "outcome": "held", "identityVerified": true, "instructions": [ { "text": "x", "assignee": "Отдел\r\nЖКХ", "dueDate": "2099-01-01" } ] }""", HttpStatusCode.BadRequest, "instructions[0].assignee");
        cases["materials unit with LF"] = Staff("/api/materials-requests", "dev-office", """{ "unit": "Отдел\nЖКХ", "materials": "Акт", "dueDate": "2099-01-01" }""", HttpStatusCode.BadRequest, "unit");
        cases["restrictive measures reason with LF"] = Staff("/api/restrictive-measures", "dev-head", """{ "active": true, "reason": "Карантин\nX" }""", HttpStatusCode.BadRequest, "reason");
        cases["survey comment with a NUL"] = Staff("/api/appeals/{id}/survey", "dev-office", """{ "score": 4, "comment": "x\u0000y" }""", HttpStatusCode.BadRequest, "comment");

        // R11: a refusal cannot be dated after today.
        cases["central body refusal dated tomorrow"] = Staff("/api/appeals/{id}/central-body-response", "dev-department",
            $$"""{ "participates": false, "note": "x", "refusedOn": "{{DateTime.UtcNow.AddDays(400):yyyy-MM-dd}}" }""", HttpStatusCode.BadRequest, "refusedOn");

        // Over-long strings, refused by length before any pattern runs.
        cases["e-mail of 5,000 characters"] = Intake(() => With(a => a["applicant"]!["email"] = new string('a', Thousands) + "@example.kz"), HttpStatusCode.BadRequest, "applicant.email");
        cases["e-mail of many dots"] = Intake(() => With(a => a["applicant"]!["email"] = "a@" + new string('.', 250) + " "), HttpStatusCode.BadRequest, "applicant.email");
        cases["refusing decision with a reason of 5,000 characters"] = Staff("/api/appeals/{id}/decision", "dev-head", $$"""{ "approve": false, "reason": "{{new string('x', Thousands)}}" }""", HttpStatusCode.BadRequest, "reason");
        cases["central body's note of 5,000 characters"] = Staff("/api/appeals/{id}/central-body-response", "dev-department", $$"""{ "participates": true, "note": "{{new string('x', Thousands)}}" }""", HttpStatusCode.BadRequest, "note");
        cases["materials unit e-mail of 5,000 characters"] = Staff("/api/materials-requests", "dev-office",
            $$"""{ "unit": "Отдел ЖКХ", "unitEmail": "{{new string('a', Thousands)}}@example.kz", "materials": "Акт", "dueDate": "2099-01-01" }""", HttpStatusCode.BadRequest, "unitEmail");
        return cases;
    }

    [Fact]
    public async Task ChunkedGarbage_Is400AndChangesNothing()
    {
        StorageSnapshot before = await StorageSnapshot.TakeAsync(fixture.Host);
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, fixture.Host.Port);
        using NetworkStream stream = tcp.GetStream();
        stream.ReadTimeout = 10_000;
        byte[] request = Encoding.ASCII.GetBytes(
            "POST /api/intake/call-center HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Api-Key: dev-callcenter\r\n" +
            "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n" +
            "zz-not-a-size\r\n{\"externalId\":\r\n0\r\n\r\n");
        await stream.WriteAsync(request);

        using var reader = new StreamReader(stream, Encoding.UTF8);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        string reply = await reader.ReadToEndAsync(timeout.Token);

        Assert.StartsWith("HTTP/1.1 400", reply, StringComparison.Ordinal);
        Assert.Contains("application/problem+json", reply, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await StorageSnapshot.TakeAsync(fixture.Host));
    }

    private static string Many(string item) => "[" + string.Join(",", Enumerable.Repeat(item, Thousands)) + "]";

    private static string Reception(string instructions = "[]", string handedIn = "[]", string attendance = "[]") =>
        $$"""{ "outcome": "held", "identityVerified": true, "instructions": {{instructions}}, "handedInAppeals": {{handedIn}}, "attendance": {{attendance}} }""";

    private static string Day(string officialId = "akim", string nameKk = "Әкім", string nameRu = "Аким", string? exceptionReason = null) =>
        $$"""
        { "officialId": "{{officialId}}", "officialName": { "kk": "{{nameKk}}", "ru": "{{nameRu}}" }, "date": "2027-02-10",
          "start": "10:00:00", "end": "12:00:00", "slotMinutes": 20, "mode": "inPerson"{{(exceptionReason is null ? "" : $", \"exceptionReason\": \"{exceptionReason}\"")}} }
        """;

    private static Case Get(string path, string key, HttpStatusCode expected) => new(path, key, null, () => string.Empty, expected, Method: "GET");

    // A C# string as the contents of a JSON string literal.
    private static string Escape(string value) => System.Text.Json.JsonEncodedText.Encode(value).ToString();
}
