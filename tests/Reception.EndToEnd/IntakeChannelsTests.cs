using System.Net;
using System.Text;
using System.Text.Json;
using Reception.EndToEnd.Infrastructure;

namespace Reception.EndToEnd;

/// <summary>The three intake channels of R1, and idempotency under concurrency.</summary>
[Collection(SharedLocalHostCollection.Name)]
public class IntakeChannelsTests(SharedLocalHost shared)
{
    [Fact]
    public async Task R1_EgovWebhook_SignedWithThePortalsSecret_IsAcceptedAsEgov()
    {
        string body = ReceptionApi.AppealBody("EGOV-" + Guid.NewGuid().ToString("N"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/intake/egov") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Api-Key", "dev-egov");
        EgovSigning.Sign(request, body, EgovSigning.Now());

        using HttpResponseMessage response = await shared.Host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        string id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("appealId").GetString()!;
        (_, JsonElement appeal) = await ReceptionApi.GetAsync(shared.Host.Client, $"/api/appeals/{id}");
        Assert.Equal("egov", appeal.GetProperty("channel").GetString());
    }

    [Fact]
    public async Task EgovWebhook_AReplayedSignedRequestIsRefused_AndASecondSecretIsAccepted()
    {
        string body = ReceptionApi.AppealBody("EGOV-" + Guid.NewGuid().ToString("N"));
        long at = EgovSigning.Now();

        // Signed with the next secret (rotation): accepted; the very same request again: refused.
        Assert.Equal(HttpStatusCode.Accepted, await SendSignedAsync(body, at, "dev-egov-secret-next"));
        Assert.Equal(HttpStatusCode.Conflict, await SendSignedAsync(body, at, "dev-egov-secret-next"));

        // The portal's retry, signed anew with the current secret: the same appeal, 200 as for any repeat (docs/api.md "Intake").
        Assert.Equal(HttpStatusCode.OK, await SendSignedAsync(body, at + 1, EgovSigning.DevelopmentSecret));
    }

    private async Task<HttpStatusCode> SendSignedAsync(string body, long at, string secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/intake/egov") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Api-Key", "dev-egov");
        EgovSigning.Sign(request, body, at, secret);
        using HttpResponseMessage response = await shared.Host.Client.SendAsync(request);
        return response.StatusCode;
    }

    [Theory]
    [InlineData("paper")]
    [InlineData("courier")]
    [InlineData("oral")]
    public async Task R1_OfficeIntake_RecordsTheChannel(string channel)
    {
        string body = ReceptionApi.AppealBody("OFFICE-" + Guid.NewGuid().ToString("N")).TrimEnd().TrimEnd('}') + $", \"channel\": \"{channel}\" }}";

        (HttpStatusCode status, JsonElement reply) = await ReceptionApi.PostAsync(shared.Host.Client, "/api/intake/office", body, "dev-office");

        Assert.Equal(HttpStatusCode.Accepted, status);
        (_, JsonElement appeal) = await ReceptionApi.GetAsync(shared.Host.Client, $"/api/appeals/{reply.GetProperty("appealId").GetString()}");
        Assert.Equal(channel, appeal.GetProperty("channel").GetString());
    }

    [Fact]
    public async Task TwentyIdenticalPostsAtOnce_MakeExactlyOneAppeal()
    {
        string body = ReceptionApi.AppealBody("CC-" + Guid.NewGuid().ToString("N"));
        using var start = new ManualResetEventSlim();

        (HttpStatusCode Status, JsonElement Reply)[] replies = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(async () =>
        {
            start.Wait();
            return await ReceptionApi.PostAsync(shared.Host.Client, "/api/intake/call-center", body, "dev-callcenter");
        })).Append(Task.Run(() =>
        {
            start.Set();
            return (HttpStatusCode.Continue, default(JsonElement));
        })));

        var posts = replies.Where(r => r.Status != HttpStatusCode.Continue).ToList();
        Assert.Single(posts, r => r.Status == HttpStatusCode.Accepted);
        Assert.Equal(19, posts.Count(r => r.Status == HttpStatusCode.OK));
        string appealId = Assert.Single(posts.Select(r => r.Reply.GetProperty("appealId").GetString()).Distinct())!;

        // One workflow ran for it, once: each of its first steps is in the history exactly once.
        JsonElement appeal = await ReceptionApi.WaitForStatusAsync(shared.Host.Client, appealId, "underReview", TimeSpan.FromSeconds(20));
        string[] steps = [.. appeal.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("step").GetString()!)];
        Assert.Equal(1, steps.Count(s => s == "received"));
        Assert.Equal(1, steps.Count(s => s == "registered"));
    }

    [Fact]
    public async Task AStartRequestThatComesAgain_LeavesTheRunningWorkflowAlone()
    {
        (_, JsonElement reply) = await ReceptionApi.PostAsync(shared.Host.Client, "/api/intake/call-center", ReceptionApi.AppealBody("CC-" + Guid.NewGuid().ToString("N")), "dev-callcenter");
        string appealId = reply.GetProperty("appealId").GetString()!;
        await ReceptionApi.WaitForStatusAsync(shared.Host.Client, appealId, "underReview", TimeSpan.FromSeconds(20));
        var instances = new Azure.Data.Tables.TableClient(LocalHostProcess.StorageConnectionString, shared.Host.TaskHub + "Instances");
        DateTimeOffset? created = (await instances.GetEntityAsync<Azure.Data.Tables.TableEntity>(appealId, "")).Value.GetDateTimeOffset("CreatedTime");

        // As a repeated intake, or a redelivered queue message, would ask again.
        var starts = new Azure.Storage.Queues.QueueClient(
            LocalHostProcess.StorageConnectionString,
            LocalHostProcess.StartQueueOf(shared.Host.TaskHub),
            new Azure.Storage.Queues.QueueClientOptions { MessageEncoding = Azure.Storage.Queues.QueueMessageEncoding.Base64 }); // as the service writes (Functions reads base64)
        await starts.SendMessageAsync(appealId);
        for (int i = 0; i < 100 && (await starts.GetPropertiesAsync()).Value.ApproximateMessagesCount > 0; i++)
        {
            await Task.Delay(100);
        }

        Assert.True((await starts.GetPropertiesAsync()).Value.ApproximateMessagesCount == 0, "The start request is still queued:\n" + shared.Host.Output);
        Assert.Equal(created, (await instances.GetEntityAsync<Azure.Data.Tables.TableEntity>(appealId, "")).Value.GetDateTimeOffset("CreatedTime"));
        (_, JsonElement appeal) = await ReceptionApi.GetAsync(shared.Host.Client, $"/api/appeals/{appealId}");
        Assert.Equal("underReview", appeal.GetProperty("status").GetString());
    }
}
