using System.Net;
using System.Text;
using System.Text.Json;
using Reception.EndToEnd.Infrastructure;

namespace Reception.EndToEnd;

/// <summary>The public page and intake past their limits: 429 + Retry-After as problem+json, before anything is read or stored.</summary>
public class RateLimitTests
{
    [Fact]
    public async Task ThePublicPage_Answers429PastItsLimitPerAddress_WithRetryAfter()
    {
        await using LocalHostProcess host = await LocalHostProcess.StartAsync(settings: new Dictionary<string, string>
        {
            ["Reception__RateLimits__PublicPerMinute"] = "5",
        });

        var statuses = new List<HttpStatusCode>();
        for (int i = 0; i < 7; i++)
        {
            using HttpResponseMessage response = await host.Client.GetAsync(new Uri("/api/public/appeals/ABCDEFGHJKMN", UriKind.Relative));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
                Assert.True(response.Headers.RetryAfter!.Delta!.Value.TotalSeconds >= 1);
                using JsonDocument problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
            }
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.NotFound, 5), HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        (HttpStatusCode staff, _) = await ReceptionApi.GetAsync(host.Client, "/api/clock", apiKey: null);
        Assert.Equal(HttpStatusCode.OK, staff); // other routes are not limited
    }

    [Fact]
    public async Task Intake_Answers429PastItsLimitPerKey_AndAnotherKeyKeepsItsOwnAllowance()
    {
        await using LocalHostProcess host = await LocalHostProcess.StartAsync(settings: new Dictionary<string, string>
        {
            ["Reception__RateLimits__IntakePerMinutePerKey"] = "2",
        });

        var statuses = new List<HttpStatusCode>();
        string[] externalIds = [.. Enumerable.Range(0, 3).Select(_ => "CC-" + Guid.NewGuid().ToString("N"))];
        foreach (string externalId in externalIds)
        {
            statuses.Add((await ReceptionApi.PostAsync(host.Client, "/api/intake/call-center", ReceptionApi.AppealBody(externalId), "dev-callcenter")).Status);
        }

        // Another key has its own allowance.
        using var office = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/intake/office", UriKind.Relative))
        {
            Content = new StringContent(ReceptionApi.AppealBody("OF-" + Guid.NewGuid().ToString("N")).Replace("\"externalId\"", "\"channel\": \"paper\", \"externalId\"", StringComparison.Ordinal), Encoding.UTF8, "application/json"),
        };
        office.Headers.Add("X-Api-Key", "dev-office");
        using HttpResponseMessage officeReply = await host.Client.SendAsync(office);

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.Accepted, officeReply.StatusCode);
    }
}
