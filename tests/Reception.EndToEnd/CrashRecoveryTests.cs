using System.Net;
using System.Text.Json;
using Reception.EndToEnd.Infrastructure;

namespace Reception.EndToEnd;

/// <summary>A crash at any point loses no appeal and records no step twice (docs/design.md "Data").</summary>
public class CrashRecoveryTests
{
    [Fact]
    public async Task SigkillRightAfterIntake_RestartedHostFinishesTheAppealOnce()
    {
        LocalHostProcess first = await LocalHostProcess.StartAsync();
        (HttpStatusCode status, JsonElement reply) = await ReceptionApi.PostAsync(
            first.Client, "/api/intake/call-center", ReceptionApi.AppealBody("CC-" + Guid.NewGuid().ToString("N")), "dev-callcenter");
        await first.KillAsync(); // between intake and registration, as a rule: the workflow message is in its queue
        Assert.Equal(HttpStatusCode.Accepted, status);
        string appealId = reply.GetProperty("appealId").GetString()!;
        await first.DisposeAsync();

        await using LocalHostProcess second = await LocalHostProcess.StartAsync(first.TaskHub, first.Port);
        JsonElement appeal = await ReceptionApi.WaitForStatusAsync(second.Client, appealId, "underReview", TimeSpan.FromSeconds(60));

        Assert.Single(appeal.GetProperty("history").EnumerateArray(), h => h.GetProperty("step").GetString() == "registered");
        Assert.Single(appeal.GetProperty("history").EnumerateArray(), h => h.GetProperty("step").GetString() == "received");
        Assert.Single(appeal.GetProperty("history").EnumerateArray(), h => h.GetProperty("step").GetString() == "sentForReview");
    }
}
