using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Reception.EndToEnd.Infrastructure;

namespace Reception.EndToEnd;

/// <summary>The first path of the regulation over HTTP: intake → durable workflow → registration in Azure Tables.</summary>
[Collection(SharedLocalHostCollection.Name)]
public class FirstAppealTests(SharedLocalHost shared)
{
    private HttpClient Client => shared.Host.Client;

    [Fact]
    public async Task R4_CallCenterAppeal_IsAcceptedThenRegisteredWithinFiveSeconds()
    {
        string externalId = "CC-" + Guid.NewGuid().ToString("N");
        var watch = Stopwatch.StartNew();

        (HttpStatusCode status, JsonElement reply) = await ReceptionApi.PostAsync(
            Client, "/api/intake/call-center", ReceptionApi.AppealBody(externalId), "dev-callcenter");

        Assert.Equal(HttpStatusCode.Accepted, status);
        string appealId = reply.GetProperty("appealId").GetString()!;
        Assert.Equal("received", reply.GetProperty("status").GetString());
        Assert.Equal($"/api/appeals/{appealId}", reply.GetProperty("statusUrl").GetString());
        Assert.Equal(12, reply.GetProperty("trackingCode").GetString()!.Length);

        // Registered (R4), then at once sent to the Department for review: the status moves on.
        JsonElement appeal = await ReceptionApi.WaitForAsync(Client, appealId, a => a.GetProperty("registrationNumber").ValueKind == JsonValueKind.String, TimeSpan.FromSeconds(5));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"registered after {watch.Elapsed}");
        Assert.StartsWith("RCP-", appeal.GetProperty("registrationNumber").GetString(), StringComparison.Ordinal);
        Assert.Equal("callCenter", appeal.GetProperty("channel").GetString());
        string[] steps = [.. appeal.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("step").GetString()!)];
        Assert.Equal(["received", "registered"], steps[..2]);
        Assert.Equal("R4", appeal.GetProperty("history")[1].GetProperty("rule").GetString());
    }

    [Fact]
    public async Task R1_SameChannelAndExternalIdTwice_GivesTheSameAppeal()
    {
        string body = ReceptionApi.AppealBody("CC-" + Guid.NewGuid().ToString("N"));

        (HttpStatusCode firstStatus, JsonElement first) = await ReceptionApi.PostAsync(Client, "/api/intake/call-center", body, "dev-callcenter");
        (HttpStatusCode secondStatus, JsonElement second) = await ReceptionApi.PostAsync(Client, "/api/intake/call-center", body, "dev-callcenter");

        Assert.Equal(HttpStatusCode.Accepted, firstStatus);
        Assert.Equal(HttpStatusCode.OK, secondStatus);
        Assert.Equal(first.GetProperty("appealId").GetString(), second.GetProperty("appealId").GetString());
        Assert.Equal(first.GetProperty("trackingCode").GetString(), second.GetProperty("trackingCode").GetString());
    }

    [Fact]
    public async Task R2_BlankSubject_IsAcceptedAndLeftWithoutConsideration()
    {
        (HttpStatusCode status, JsonElement reply) = await ReceptionApi.PostAsync(
            Client, "/api/intake/call-center", ReceptionApi.AppealBody("CC-" + Guid.NewGuid().ToString("N"), subject: "  "), "dev-callcenter");

        Assert.Equal(HttpStatusCode.Accepted, status);
        JsonElement appeal = await ReceptionApi.WaitForStatusAsync(
            Client, reply.GetProperty("appealId").GetString()!, "leftWithoutConsideration", TimeSpan.FromSeconds(10));
        Assert.Equal(JsonValueKind.Null, appeal.GetProperty("registrationNumber").ValueKind);
        Assert.Equal("R2", appeal.GetProperty("history").EnumerateArray().Last().GetProperty("rule").GetString());
    }

    [Fact]
    public async Task GetAppeal_Unknown_Is404ProblemJson()
    {
        using HttpResponseMessage response = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/appeals/0123456789abcdef0123456789abcdef")
        {
            Headers = { { "X-Api-Key", "dev-office" } },
        });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("dev-egov", HttpStatusCode.Forbidden)]
    public async Task GetAppeal_WithoutStaffKey_IsRefused(string? key, HttpStatusCode expected)
    {
        (HttpStatusCode status, JsonElement problem) = await ReceptionApi.GetAsync(Client, "/api/appeals/0123456789abcdef0123456789abcdef", key);

        Assert.Equal(expected, status);
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Clock_RealTime_ShowsTodayInAlmaty()
    {
        (HttpStatusCode status, JsonElement clock) = await ReceptionApi.GetAsync(Client, "/api/clock", apiKey: null);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("1.00:00:00", clock.GetProperty("dayLength").GetString());
        Assert.EndsWith("+05:00", clock.GetProperty("now").GetString(), StringComparison.Ordinal);
    }
}
