using System.Net;
using System.Text.Json;
using Reception.EndToEnd.Infrastructure;

namespace Reception.EndToEnd;

/// <summary>
/// R27 (§37.4): the call centre keeps working, including under emergency regimes. Intake needs
/// only storage, not the workflows: a node that runs no workflow (<c>RunWorkflows=false</c>)
/// takes appeals in, stores them and answers the applicant's tracking code; the workflows pick
/// them up when a workflow node runs again.
/// </summary>
public class IntakeOnlyNodeTests
{
    [Fact]
    public async Task R27_CallCentreIntake_KeepsWorkingWhileNoWorkflowNodeRuns()
    {
        string taskHub = LocalHostProcess.NewTaskHub();
        string appealId;
        string trackingCode;
        await using (LocalHostProcess intakeOnly = await LocalHostProcess.StartAsync(
            taskHub, settings: new Dictionary<string, string> { ["Reception__LocalHost__RunWorkflows"] = "false" }))
        {
            (HttpStatusCode status, JsonElement reply) = await ReceptionApi.PostAsync(
                intakeOnly.Client, "/api/intake/call-center", ReceptionApi.AppealBody("CC-R27-" + Guid.NewGuid().ToString("N")), "dev-callcenter");
            Assert.Equal(HttpStatusCode.Accepted, status);
            appealId = reply.GetProperty("appealId").GetString()!;
            trackingCode = reply.GetProperty("trackingCode").GetString()!;

            // Long enough for a workflow node to have registered it (about a second on this machine): nothing may.
            await Task.Delay(TimeSpan.FromSeconds(4));
            (HttpStatusCode staffStatus, JsonElement stored) = await ReceptionApi.GetAsync(intakeOnly.Client, $"/api/appeals/{appealId}");
            Assert.Equal(HttpStatusCode.OK, staffStatus);
            Assert.Equal("received", stored.GetProperty("status").GetString());

            (HttpStatusCode publicStatus, JsonElement tracked) = await ReceptionApi.GetAsync(intakeOnly.Client, $"/api/public/appeals/{trackingCode}", apiKey: null);
            Assert.Equal(HttpStatusCode.OK, publicStatus);
            Assert.Equal("received", tracked.GetProperty("status").GetString());
        }

        // A workflow node on the same task hub takes the stored start request and runs the appeal's workflow.
        await using LocalHostProcess workflows = await LocalHostProcess.StartAsync(taskHub);
        JsonElement registered = await ReceptionApi.WaitForStatusAsync(workflows.Client, appealId, "underReview", TimeSpan.FromSeconds(60));
        Assert.Single(registered.GetProperty("history").EnumerateArray(), h => h.GetProperty("step").GetString() == "registered");
    }
}
