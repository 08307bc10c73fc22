using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Reception.EndToEnd.Infrastructure;

/// <summary>The staff steps many tests take to bring an appeal to the point they test, over HTTP with the development keys.</summary>
internal static class StaffSteps
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(20);

    /// <summary>A staff action that must be accepted (202).</summary>
    public static async Task ActAsync(HttpClient client, string id, string action, string body, string key)
    {
        (HttpStatusCode status, JsonElement reply) = await ReceptionApi.PostAsync(client, $"/api/appeals/{id}/{action}", body, key);
        Assert.True(status == HttpStatusCode.Accepted, $"{action}: {status} {reply}");
    }

    /// <summary>
    /// A Russian call-centre appeal (shaped further by <paramref name="applicant"/>), proposed for
    /// <paramref name="officialId"/> on <paramref name="day"/> and approved by the head: its booking is under way.
    /// </summary>
    public static async Task<string> ApprovedAsync(HttpClient client, string officialId, DateOnly day, Action<JsonObject>? applicant = null)
    {
        JsonObject body = JsonNode.Parse(ReceptionApi.AppealBody("CC-" + Guid.NewGuid().ToString("N"), language: "ru"))!.AsObject();
        applicant?.Invoke(body);
        (HttpStatusCode taken, JsonElement intake) = await ReceptionApi.PostAsync(client, "/api/intake/call-center", body.ToJsonString(), "dev-callcenter");
        Assert.True(taken == HttpStatusCode.Accepted, intake.ToString());
        string id = intake.GetProperty("appealId").GetString()!;
        await ReceptionApi.WaitForStatusAsync(client, id, "underReview", Step);
        await ActAsync(client, id, "review", $$"""{ "outcome": "propose", "officialId": "{{officialId}}", "proposedDate": "{{day:yyyy-MM-dd}}" }""", "dev-department");
        await ReceptionApi.WaitForStatusAsync(client, id, "awaitingDecision", Step);
        await ActAsync(client, id, "decision", """{ "approve": true }""", "dev-head");
        return id;
    }
}
