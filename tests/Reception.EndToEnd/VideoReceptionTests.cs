using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Reception.EndToEnd.Infrastructure;

namespace Reception.EndToEnd;

/// <summary>
/// §12 over HTTP on a compressed clock (issue 30): video only with the applicant's consent, and the
/// video reception's connection details sent on the working day before it.
/// </summary>
public class VideoReceptionTests
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task R17_VideoOnlyWithConsent_AndTheConnectionDetailsAreSentOnTheWorkingDayBefore()
    {
        // Three-second days from Tuesday 1 September 2026: the video day, Monday 14 September, is 39 s away;
        // the working day before it is Friday 11 September (not Sunday the 13th).
        await using LocalHostProcess host = await LocalHostProcess.StartAsync(settings: new Dictionary<string, string>
        {
            ["Reception__Clock__DayLength"] = "00:00:03",
            ["Reception__Clock__Start"] = "2026-09-01",
        });
        HttpClient client = host.Client;
        var videoDay = new DateOnly(2026, 9, 14);
        var inPersonDay = new DateOnly(2026, 9, 15);
        const string Connection = "https://vks.zhetysu.gov.kz/j/4455 код 7781";
        await AddDayAsync(client, videoDay, "video", Connection);
        await AddDayAsync(client, inPersonDay, "inPerson", connection: null);

        Task<string> consented = StaffSteps.ApprovedAsync(client, "deputy1", videoDay, a => a["videoConference"] = true);
        Task<string> notConsented = StaffSteps.ApprovedAsync(client, "deputy1", videoDay, a => a["videoConference"] = false);
        string withConsent = await consented;
        string withoutConsent = await notConsented;

        // Consent: booked on the video day by video. No consent: not put on the video day, but on the next in-person one.
        JsonElement video = await ReceptionApi.WaitForStatusAsync(client, withConsent, "scheduled", Step);
        Assert.Equal(("2026-09-14", "video"), (video.GetProperty("slot").GetProperty("date").GetString(), video.GetProperty("slot").GetProperty("mode").GetString()));
        JsonElement inPerson = await ReceptionApi.WaitForStatusAsync(client, withoutConsent, "scheduled", Step);
        Assert.Equal(("2026-09-15", "inPerson"), (inPerson.GetProperty("slot").GetProperty("date").GetString(), inPerson.GetProperty("slot").GetProperty("mode").GetString()));
        Assert.Contains("очно", inPerson.GetProperty("notifications")[0].GetProperty("text").GetString(), StringComparison.Ordinal);

        // The details go out on the working day before the video reception, with the tracking code.
        JsonElement sent = await ReceptionApi.WaitForAsync(client, withConsent,
            a => a.GetProperty("notifications").EnumerateArray().Any(n => n.GetProperty("kind").GetString() == "videoConnection"),
            TimeSpan.FromSeconds(60), "the video connection details");
        JsonElement message = sent.GetProperty("notifications").EnumerateArray().Single(n => n.GetProperty("kind").GetString() == "videoConnection");
        string text = message.GetProperty("text").GetString()!;
        Assert.Contains(Connection, text, StringComparison.Ordinal);
        Assert.Contains(sent.GetProperty("trackingCode").GetString()!, text, StringComparison.Ordinal);
        DateOnly sentOn = DateOnly.FromDateTime(message.GetProperty("at").GetDateTimeOffset().ToOffset(TimeSpan.FromHours(5)).DateTime);
        Assert.Equal(new DateOnly(2026, 9, 11), sentOn);
        Assert.Contains(sent.GetProperty("history").EnumerateArray(), h => h.GetProperty("step").GetString() == "videoConnectionSent" && h.GetProperty("rule").GetString() == "R17");

        // The in-person applicant is sent no connection details.
        (_, JsonElement other) = await ReceptionApi.GetAsync(client, $"/api/appeals/{withoutConsent}");
        Assert.DoesNotContain(other.GetProperty("notifications").EnumerateArray(), n => n.GetProperty("kind").GetString() == "videoConnection");

        // The connection details are the office's, never in the published schedule.
        (_, JsonElement published) = await ReceptionApi.GetAsync(client, "/api/schedule?month=2026-09&lang=ru", apiKey: null);
        Assert.DoesNotContain("vks.zhetysu", published.ToString(), StringComparison.Ordinal);
    }

    private static async Task AddDayAsync(HttpClient client, DateOnly date, string mode, string? connection)
    {
        var body = new JsonObject
        {
            ["officialId"] = "deputy1",
            ["officialName"] = new JsonObject { ["kk"] = "Орынбасар", ["ru"] = "Заместитель" },
            ["date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["start"] = "10:00:00", ["end"] = "12:00:00", ["slotMinutes"] = 20, ["mode"] = mode,
            ["connection"] = connection,
        };
        (HttpStatusCode status, JsonElement reply) = await ReceptionApi.PostAsync(client, "/api/schedule", body.ToJsonString(), "dev-office");
        Assert.True(status == HttpStatusCode.Created, reply.ToString());
    }
}
