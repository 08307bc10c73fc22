using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Reception.EndToEnd.Infrastructure;

namespace Reception.EndToEnd;

/// <summary>
/// §33 over HTTP (issue 30): the Department attaches the answer letter; the applicant's last message
/// and their page carry the answer's own words and the letter's link, and the link opens the file.
/// </summary>
[Collection(SharedLocalHostCollection.Name)]
public class AnswerLetterTests(SharedLocalHost shared)
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(15);
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    private HttpClient Client => shared.Host.Client;

    [Fact]
    public async Task Section33_TheAnswerLetter_ReachesTheApplicantsLastMessageAndPage_AndOpens()
    {
        string officialId = TestOfficials.Next();
        DateOnly day = await ReceptionDays.AddAsync(Client, officialId);
        string id = await StaffSteps.ApprovedAsync(Client, officialId, day);
        await ReceptionApi.WaitForStatusAsync(Client, id, "scheduled", Step);

        // Before the reception there is no answer to attach.
        Assert.Equal(HttpStatusCode.Conflict, (await UploadAsync(id, Pdf, "application/pdf")).StatusCode);

        await StaffSteps.ActAsync(Client, id, "reception", $$"""
            { "outcome": "held", "identityVerified": true,
              "instructions": [ { "text": "Проверить состояние дороги", "assignee": "Управление ЖКХ", "dueDate": "{{day.AddDays(20):yyyy-MM-dd}}" } ] }
            """, TestOfficials.KeyOf(officialId));
        await ReceptionApi.WaitForStatusAsync(Client, id, "underControl", Step);

        // Refused uploads store nothing: the wrong type, a file that is not what it says, too large a file.
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await UploadAsync(id, Encoding.UTF8.GetBytes("<script>alert(1)</script>"), "text/html")).StatusCode);
        HttpResponseMessage notPdf = await UploadAsync(id, Encoding.UTF8.GetBytes("<html>not a pdf</html>"), "application/pdf");
        Assert.Equal(HttpStatusCode.BadRequest, notPdf.StatusCode);
        Assert.Contains("\"file\"", await notPdf.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await UploadAsync(id, [.. Pdf, .. new byte[5 * 1024 * 1024]], "application/pdf")).StatusCode);
        (_, JsonElement before) = await ReceptionApi.GetAsync(Client, $"/api/public/appeals/{await CodeOfAsync(id)}", apiKey: null);
        Assert.Equal(JsonValueKind.Null, before.GetProperty("letter").ValueKind);

        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(id, Pdf, "application/pdf", "dev-office")).StatusCode); // the Department's

        HttpResponseMessage uploaded = await UploadAsync(id, Pdf, "application/pdf");
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);

        await StaffSteps.ActAsync(Client, id, "instructions/1/answer", """{ "executor": "Управление ЖКХ", "answer": "Дорога отремонтирована 10 декабря.", "final": true }""", "dev-department");
        JsonElement closed = await ReceptionApi.WaitForStatusAsync(Client, id, "closed", Step);
        string code = closed.GetProperty("trackingCode").GetString()!;
        string last = closed.GetProperty("notifications").EnumerateArray().Last(n => n.GetProperty("kind").GetString() == "finalAnswer").GetProperty("text").GetString()!;
        Assert.True(last.Contains("Окончательный ответ: Дорога отремонтирована 10 декабря", StringComparison.Ordinal), last);
        Assert.Contains($"/api/public/appeals/{code}/letter", last, StringComparison.Ordinal);

        (_, JsonElement page) = await ReceptionApi.GetAsync(Client, $"/api/public/appeals/{code}", apiKey: null);
        Assert.Equal("Дорога отремонтирована 10 декабря.", page.GetProperty("answers")[0].GetProperty("text").GetString());
        JsonElement letter = page.GetProperty("letter");
        Assert.Equal(("application/pdf", Pdf.Length), (letter.GetProperty("contentType").GetString(), letter.GetProperty("size").GetInt32()));

        HttpResponseMessage file = await Client.GetAsync(new Uri(letter.GetProperty("url").GetString()!, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("application/pdf", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", file.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(Pdf, await file.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(new Uri("/api/public/appeals/AAAAAAAAAAAA/letter", UriKind.Relative))).StatusCode);

        // Closed: the link the applicant was sent keeps opening what they were sent.
        Assert.Equal(HttpStatusCode.Conflict, (await UploadAsync(id, [.. Pdf, .. "%more"u8.ToArray()], "application/pdf")).StatusCode);
        Assert.Equal(Pdf, await (await Client.GetAsync(new Uri(letter.GetProperty("url").GetString()!, UriKind.Relative))).Content.ReadAsByteArrayAsync());
    }

    private async Task<HttpResponseMessage> UploadAsync(string id, byte[] content, string contentType, string key = "dev-department")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/appeals/{id}/answer-letter", UriKind.Relative));
        request.Headers.Add("X-Api-Key", key);
        request.Content = new ByteArrayContent(content);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return await Client.SendAsync(request);
    }

    private async Task<string> CodeOfAsync(string id)
    {
        (_, JsonElement appeal) = await ReceptionApi.GetAsync(Client, $"/api/appeals/{id}", "dev-office");
        return appeal.GetProperty("trackingCode").GetString()!;
    }
}
