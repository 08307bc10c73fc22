using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Reception.Api.RateLimiting;
using Reception.Functions.Middleware;

namespace Reception.Functions.Tests;

/// <summary>The Functions app limits itself as the local host does (issue 28): no limit only "in front of it".</summary>
public class RateLimitMiddlewareTests
{
    [Fact]
    public async Task PastThePublicLimit_429WithRetryAfter_AndTheTriggerDoesNotRun_WhateverThePathsCase()
    {
        using var middleware = new RateLimitMiddleware(new RateLimitOptions { PublicPerMinute = 2, IntakePerMinutePerKey = 0 });
        int ran = 0;
        var statuses = new List<int>();
        foreach (string path in new[] { "/api/public/appeals/ABCDEFGHJKMN", "/API/Public/appeals/ABCDEFGHJKMN", "/Status/ABCDEFGHJKMN" })
        {
            DefaultHttpContext http = Request(path, "203.0.113.7");
            await middleware.Invoke(Context(http), _ => { ran++; return Task.CompletedTask; });
            statuses.Add(http.Response.StatusCode);
            if (http.Response.StatusCode == 429)
            {
                Assert.True(int.Parse(http.Response.Headers.RetryAfter!, System.Globalization.CultureInfo.InvariantCulture) >= 1);
                Assert.Equal("application/problem+json", http.Response.ContentType);
            }
        }

        Assert.Equal([200, 200, 429], statuses);
        Assert.Equal(2, ran);
    }

    [Fact]
    public async Task ClientsAreCountedApart_ByTheAddressThePlatformAppended()
    {
        using var middleware = new RateLimitMiddleware(new RateLimitOptions { PublicPerMinute = 1, IntakePerMinutePerKey = 0 });
        DefaultHttpContext first = Request("/api/public/appeals/X", "10.0.0.1", forwardedFor: "203.0.113.7:50000");
        DefaultHttpContext other = Request("/api/public/appeals/X", "10.0.0.1", forwardedFor: "198.51.100.9:50001");
        DefaultHttpContext spoofing = Request("/api/public/appeals/X", "10.0.0.1", forwardedFor: "192.0.2.1, 203.0.113.7:50002");

        foreach (DefaultHttpContext http in new[] { first, other, spoofing })
        {
            await middleware.Invoke(Context(http), _ => Task.CompletedTask);
        }

        // A client naming another address first is still counted as itself.
        Assert.Equal((200, 200, 429), (first.Response.StatusCode, other.Response.StatusCode, spoofing.Response.StatusCode));
    }

    [Theory]
    [InlineData("203.0.113.7:51234", "203.0.113.7")]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("[2001:db8::1]:51234", "2001:db8::1")]
    [InlineData("2001:db8::1", "2001:db8::1")]
    [InlineData("1.1.1.1, 203.0.113.7:1", "203.0.113.7")]
    [InlineData("[abc", "10.0.0.1")]
    [InlineData("not an address", "10.0.0.1")]
    public void TheClientIsTheLastForwardedAddress_WithoutItsPort(string forwarded, string client) =>
        Assert.Equal(client, RateLimitMiddleware.ClientOf(Request("/", "10.0.0.1", forwarded)));

    private static DefaultHttpContext Request(string path, string connection, string? forwardedFor = null)
    {
        var http = new DefaultHttpContext();
        http.Request.Method = "GET";
        http.Request.Path = path;
        http.Connection.RemoteIpAddress = IPAddress.Parse(connection);
        http.Response.Body = new MemoryStream();
        http.RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider();
        if (forwardedFor is not null)
        {
            http.Request.Headers["X-Forwarded-For"] = forwardedFor;
        }

        return http;
    }

    private static FunctionContext Context(HttpContext http)
    {
        var context = new Mock<FunctionContext>();
        context.SetupGet(c => c.Items).Returns(new Dictionary<object, object> { ["HttpRequestContext"] = http });
        return context.Object;
    }
}
