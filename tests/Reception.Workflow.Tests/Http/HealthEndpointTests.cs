using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Reception.Api.Operations;
using Reception.Workflow.Intake;
using Reception.Workflow.Notifications;
using Reception.Workflow.Operations;
using Reception.Workflow.Telemetry;

namespace Reception.Workflow.Tests.Http;

public class HealthEndpointTests
{
    [Theory]
    [InlineData(0, 0, "healthy")]
    [InlineData(1, 0, "degraded")] // a message nobody received
    [InlineData(0, 1, "degraded")] // an appeal whose workflow did not start
    public async Task Health_IsDegradedWhileAnythingIsPoisoned(int poisonedMessages, int poisonedStarts, string expected)
    {
        var outbox = new Mock<INotificationOutbox>();
        outbox.Setup(o => o.DepthAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new QueueDepth(3, poisonedMessages));
        var starts = new Mock<IAppealStartRequests>();
        starts.Setup(s => s.DepthAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new QueueDepth(2, poisonedStarts));
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        http.Response.Body = new MemoryStream();

        var storage = new Mock<IStorageProbe>();
        storage.Setup(p => p.UnreachableAsync(It.IsAny<CancellationToken>())).ReturnsAsync([]);

        IResult result = await new HealthEndpoint(outbox.Object, starts.Object, storage.Object).GetAsync(CancellationToken.None);
        await result.ExecuteAsync(http);

        http.Response.Body.Position = 0;
        using JsonDocument health = await JsonDocument.ParseAsync(http.Response.Body);
        Assert.Equal(expected, health.RootElement.GetProperty("status").GetString());
        Assert.Equal(poisonedStarts, health.RootElement.GetProperty("startsPoisoned").GetInt32());
        Assert.Equal(2, health.RootElement.GetProperty("startsQueued").GetInt32());
    }

    [Fact]
    public async Task Health_StorageUnreachable_Is503WithRetryAfterNamingWhatDidNotAnswer()
    {
        var storage = new Mock<IStorageProbe>();
        storage.Setup(p => p.UnreachableAsync(It.IsAny<CancellationToken>())).ReturnsAsync(["tables", "queues"]);
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        http.Response.Body = new MemoryStream();

        IResult result = await new HealthEndpoint(Mock.Of<INotificationOutbox>(), Mock.Of<IAppealStartRequests>(), storage.Object).GetAsync(CancellationToken.None);
        await result.ExecuteAsync(http);

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, http.Response.StatusCode);
        Assert.Equal("5", http.Response.Headers.RetryAfter.ToString());
        Assert.StartsWith("application/problem+json", http.Response.ContentType, StringComparison.Ordinal);
        http.Response.Body.Position = 0;
        using JsonDocument problem = await JsonDocument.ParseAsync(http.Response.Body);
        Assert.Equal(["tables", "queues"], problem.RootElement.GetProperty("unreachable").EnumerateArray().Select(e => e.GetString()));
    }
}
