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
        Assert.Equal("2026-04-04", appeal.GetProperty("deadlines").GetProperty("answerDue").GetString());
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
}
