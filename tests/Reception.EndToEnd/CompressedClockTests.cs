using System.Net;
using System.Text.Json;
using Reception.EndToEnd.Infrastructure;

namespace Reception.EndToEnd;

public class CompressedClockTests
{
    [Fact]
    public async Task Clock_TenMinuteDayFrom20March_RegistersAnAppealOn20March()
    {
        await using LocalHostProcess host = await LocalHostProcess.StartAsync(settings: new Dictionary<string, string>
        {
            ["Reception__Clock__DayLength"] = "00:10:00",
            ["Reception__Clock__Start"] = "2026-03-20",
        });

        (_, JsonElement clock) = await ReceptionApi.GetAsync(host.Client, "/api/clock", apiKey: null);
        Assert.Equal("2026-03-20", clock.GetProperty("today").GetString());
        Assert.Equal("00:10:00", clock.GetProperty("dayLength").GetString());

        (HttpStatusCode status, JsonElement reply) = await ReceptionApi.PostAsync(
            host.Client, "/api/intake/call-center", ReceptionApi.AppealBody("CC-" + Guid.NewGuid().ToString("N")), "dev-callcenter");
        Assert.Equal(HttpStatusCode.Accepted, status);

        JsonElement appeal = await ReceptionApi.WaitForAsync(
            host.Client, reply.GetProperty("appealId").GetString()!, a => a.GetProperty("registrationNumber").ValueKind == JsonValueKind.String, TimeSpan.FromSeconds(10));
        Assert.Equal("2026-03-20", appeal.GetProperty("registeredOn").GetString());
        // R4 and R8 on the real 2026 calendar: Nauryz days off 21–25 March.
        Assert.Equal("2026-03-30", appeal.GetProperty("deadlines").GetProperty("registrationDue").GetString());
        Assert.Equal("2026-04-06", appeal.GetProperty("deadlines").GetProperty("answerDue").GetString()); // 15 days end on a Saturday: the next working day (Civil Code art. 173)
        Assert.StartsWith("RCP-2026-", appeal.GetProperty("registrationNumber").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task R8_OneSecondDays_AnswerDeadlinePassesAsADurableTimerOnAzuriteAndIsEscalated()
    {
        // 15 simulated days of R8 pass in about 15 real seconds: the timer fires on the real engine.
        await using LocalHostProcess host = await LocalHostProcess.StartAsync(settings: new Dictionary<string, string>
        {
            ["Reception__Clock__DayLength"] = "00:00:01",
            ["Reception__Clock__Start"] = "2026-03-20",
        });

        (_, JsonElement reply) = await ReceptionApi.PostAsync(
            host.Client, "/api/intake/call-center", ReceptionApi.AppealBody("CC-" + Guid.NewGuid().ToString("N")), "dev-callcenter");
        string id = reply.GetProperty("appealId").GetString()!;

        JsonElement missed = await ReceptionApi.WaitForAsync(host.Client, id,
            a => a.GetProperty("history").EnumerateArray().Any(h => h.GetProperty("step").GetString() == "deadlineMissed"),
            TimeSpan.FromSeconds(45), "a missed R8 deadline");
        JsonElement step = missed.GetProperty("history").EnumerateArray().First(h => h.GetProperty("step").GetString() == "deadlineMissed");
        Assert.Equal("R8", step.GetProperty("rule").GetString());
        Assert.Contains(missed.GetProperty("deadlines").GetProperty("answerDue").GetString()!, step.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("underReview", missed.GetProperty("status").GetString()); // the appeal goes on
        Assert.Equal("review", missed.GetProperty("awaiting").GetString());
    }

    [Fact]
    public async Task R8_OneSecondDays_AFarDeadlineSleepsOnAWakeRow_AndTheSweepWakesItInTimeOnAzurite()
    {
        // The answer term ends about 21 s after intake; with a 5 s lead the wait books a wake row instead
        // of a durable timer, the host's sweep (every second) wakes it 5 s before, and a timer does the rest.
        await using LocalHostProcess host = await LocalHostProcess.StartAsync(settings: new Dictionary<string, string>
        {
            ["Reception__Clock__DayLength"] = "00:00:01",
            ["Reception__Clock__Start"] = "2026-03-20",
            ["Reception__DeadlineWakes__Lead"] = "00:00:05",
            ["Reception__DeadlineWakes__SweepInterval"] = "00:00:01",
        });
        var wakeRows = new Azure.Data.Tables.TableClient(LocalHostProcess.StorageConnectionString, host.TaskHub + "DeadlineWakes");

        (_, JsonElement reply) = await ReceptionApi.PostAsync(
            host.Client, "/api/intake/call-center", ReceptionApi.AppealBody("CC-" + Guid.NewGuid().ToString("N")), "dev-callcenter");
        string id = reply.GetProperty("appealId").GetString()!;
        // The appeal shows the review wait a step before the wait plans its deadline: wait for the row, do not read once.
        string[] booked = [];
        for (DateTime until = DateTime.UtcNow.AddSeconds(15); booked.Length == 0 && DateTime.UtcNow < until; await Task.Delay(200))
        {
            booked = [.. wakeRows.Query<Azure.Data.Tables.TableEntity>().Select(r => r.GetString("InstanceId"))];
        }

        JsonElement missed = await ReceptionApi.WaitForAsync(host.Client, id,
            a => a.GetProperty("history").EnumerateArray().Any(h => h.GetProperty("step").GetString() == "deadlineMissed"),
            TimeSpan.FromSeconds(45), "a missed R8 deadline");

        Assert.Equal([id], booked);
        JsonElement step = missed.GetProperty("history").EnumerateArray().First(h => h.GetProperty("step").GetString() == "deadlineMissed");
        Assert.Equal("R8", step.GetProperty("rule").GetString());
        Assert.Contains(missed.GetProperty("deadlines").GetProperty("answerDue").GetString()!, step.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(wakeRows.Query<Azure.Data.Tables.TableEntity>()); // the sweep removed the row it woke; the reminders are near, on timers
    }

    [Fact]
    public async Task R25_QuarterlyReport_MatchesTheAppealsCreated()
    {
        await using LocalHostProcess host = await LocalHostProcess.StartAsync(settings: new Dictionary<string, string>
        {
            ["Reception__Clock__DayLength"] = "00:10:00",
            ["Reception__Clock__Start"] = "2026-03-20",
        });
        string office = ReceptionApi.AppealBody("OFFICE-" + Guid.NewGuid().ToString("N")).TrimEnd().TrimEnd('}') + ", \"channel\": \"paper\" }";
        string[] ids =
        [
            await PostAsync(host, "/api/intake/call-center", ReceptionApi.AppealBody("CC-" + Guid.NewGuid().ToString("N")), "dev-callcenter"),
            await PostAsync(host, "/api/intake/call-center", ReceptionApi.AppealBody("CC-" + Guid.NewGuid().ToString("N"), subject: " "), "dev-callcenter"),
            await PostAsync(host, "/api/intake/office", office, "dev-office"),
        ];
        await ReceptionApi.WaitForStatusAsync(host.Client, ids[0], "underReview", TimeSpan.FromSeconds(15));
        await ReceptionApi.WaitForStatusAsync(host.Client, ids[1], "leftWithoutConsideration", TimeSpan.FromSeconds(15));
        await ReceptionApi.WaitForStatusAsync(host.Client, ids[2], "underReview", TimeSpan.FromSeconds(15));

        // The counters follow each recorded step within its activity, a moment after the status: read until they have.
        (HttpStatusCode status, JsonElement report) = (default, default);
        for (int i = 0; i < 50; i++)
        {
            (status, report) = await ReceptionApi.GetAsync(host.Client, "/api/reports/quarterly/2026/1", "dev-reports");
            if (status == HttpStatusCode.OK && report.GetProperty("appealsByOutcome").TryGetProperty("leftWithoutConsideration", out _)
                && report.GetProperty("registered").GetInt64() == 2)
            {
                break;
            }

            await Task.Delay(200);
        }

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, report.GetProperty("appealsByChannel").GetProperty("callCenter").GetInt64());
        Assert.Equal(1, report.GetProperty("appealsByChannel").GetProperty("paper").GetInt64());
        Assert.Equal(2, report.GetProperty("registered").GetInt64());
        Assert.Equal(1.0, report.GetProperty("outOfTurnShare").GetDouble()); // the example applicant has a disability
        Assert.Equal(1, report.GetProperty("appealsByOutcome").GetProperty("leftWithoutConsideration").GetInt64());
        using HttpRequestMessage html = new(HttpMethod.Get, "/api/reports/quarterly/2026/1?format=html") { Headers = { { "X-Api-Key", "dev-reports" } } };
        using HttpResponseMessage page = await host.Client.SendAsync(html);
        Assert.Contains("<svg", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<string> PostAsync(LocalHostProcess host, string path, string body, string key)
    {
        (HttpStatusCode status, JsonElement reply) = await ReceptionApi.PostAsync(host.Client, path, body, key);
        Assert.Equal(HttpStatusCode.Accepted, status);
        return reply.GetProperty("appealId").GetString()!;
    }

    [Fact]
    public async Task R25_QuarterlyTimer_PublishesTheReportAtSixOnTheFirstDayOfTheQuarter()
    {
        // A minute-long day from 31 March, 20:00: the appeal is registered in Q1 (10 real seconds
        // are left before midnight), and 06:00 on 1 April comes about 25 real seconds later.
        await using LocalHostProcess host = await LocalHostProcess.StartAsync(settings: new Dictionary<string, string>
        {
            ["Reception__Clock__DayLength"] = "00:01:00",
            ["Reception__Clock__Start"] = "2026-03-31T20:00:00+05:00",
        });
        await PostAsync(host, "/api/intake/call-center", ReceptionApi.AppealBody("CC-" + Guid.NewGuid().ToString("N")), "dev-callcenter");
        var container = new Azure.Storage.Blobs.BlobContainerClient(LocalHostProcess.StorageConnectionString, LocalHostProcess.DocumentsContainerOf(host.TaskHub));

        string? json = null;
        for (int i = 0; i < 120 && json is null; i++)
        {
            await Task.Delay(500);
            Azure.Storage.Blobs.BlobClient blob = container.GetBlobClient("reports/2026-Q1/report.json");
            if (await container.ExistsAsync() && await blob.ExistsAsync())
            {
                json = (await blob.DownloadContentAsync()).Value.Content.ToString();
            }
        }

        Assert.True(json is not null, "No quarterly report was published within 60 s.\n" + host.Output);
        using JsonDocument report = JsonDocument.Parse(json);
        Assert.Equal(1, report.RootElement.GetProperty("quarter").GetInt32());
        Assert.Equal(1, report.RootElement.GetProperty("registered").GetInt64());
        Assert.True(await container.GetBlobClient("reports/2026-Q1/report.html").ExistsAsync());
        Assert.True(await container.GetBlobClient("reports/2026-Q1/report.csv").ExistsAsync());

        // The recipients get the report itself, attached to the e-mail, not a path in our storage.
        string html = (await container.GetBlobClient("reports/2026-Q1/report.html").DownloadContentAsync()).Value.Content.ToString();
        JsonElement? mail = null;
        for (int i = 0; i < 120 && mail is null; i++)
        {
            (_, JsonElement outbox) = await ReceptionApi.GetAsync(host.Client, "/api/dev/outbox", apiKey: null);
            mail = outbox.EnumerateArray().Select(d => d.GetProperty("delivery")).Where(d => d.GetProperty("id").GetString() == "r25-2026-Q1").Select(d => (JsonElement?)d.Clone()).FirstOrDefault();
            if (mail is null)
            {
                await Task.Delay(500);
            }
        }

        Assert.True(mail is not null, "The R25 e-mail was not sent within 60 s.\n" + host.Output);
        JsonElement attached = mail.Value.GetProperty("attachments").EnumerateArray().Single();
        Assert.Equal("reception-report-2026-Q1.html", attached.GetProperty("fileName").GetString());
        Assert.Equal(html, System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(attached.GetProperty("contentBase64").GetString()!)));
        Assert.DoesNotContain("reports/2026-Q1", mail.Value.GetProperty("text").GetString(), StringComparison.Ordinal);
    }
}
