using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using Reception.Functions.Intake;
using Reception.Api.Auth;
using Reception.Api.Routing;
using Reception.Api.Http;
using Reception.Api.Intake;
using Reception.Workflow.Appeals;
using Reception.Workflow.Intake;

namespace Reception.Functions.Tests;

public class IntakeFunctionsTests
{
    private const string Body = """
        {
          "externalId": "CC-2026-000001",
          "applicant": { "type": "individual", "iin": "900101400122", "lastName": "Ахметова", "firstName": "Айгерим",
                         "citizenship": "KZ", "categories": [] },
          "subject": "Ремонт дороги", "requestedOfficial": "akim", "language": "ru"
        }
        """;

    private readonly Mock<IAppealStore> appeals = new();
    private readonly Mock<IAppealStartRequests> starts = new();
    private readonly AppealIdentities identities = new("test secret");
    private readonly List<string> calls = [];

    public IntakeFunctionsTests()
    {
        starts.Setup(s => s.RequestStartAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback((string id, CancellationToken _) => calls.Add("start " + id)).Returns(Task.CompletedTask);
        appeals.Setup(a => a.CreateIfAbsentAsync(It.IsAny<AppealRecord>(), It.IsAny<CancellationToken>()))
            .Callback((AppealRecord r, CancellationToken _) => calls.Add("store " + r.AppealId)).ReturnsAsync((AppealRecord?)null);
    }

    [Fact]
    public async Task CallCenter_ValidAppeal_RequestsTheWorkflowStartThenStoresTheAppeal()
    {
        HttpContext http = Request(Body, "dev-callcenter");

        IResult result = RouteRoles.Refuse(http) ?? await Functions().CallCenter(http.Request, CancellationToken.None);

        (int status, JsonElement reply) = await ExecuteAsync(result, http);
        Assert.Equal(StatusCodes.Status202Accepted, status);
        IntakeIds expected = identities.For("callCenter", "CC-2026-000001", attempt: 0);
        Assert.Equal(expected.AppealId, reply.GetProperty("appealId").GetString());
        Assert.Equal(expected.TrackingCode, reply.GetProperty("trackingCode").GetString());
        Assert.Equal("received", reply.GetProperty("status").GetString());
        // The request first: a crash between the two leaves a request without an appeal, never an appeal without a workflow.
        Assert.Equal(["start " + expected.AppealId, "store " + expected.AppealId], calls);
    }

    [Fact]
    public async Task CallCenter_RepeatOfTheSameRequest_Is200WithTheFirstAppeal()
    {
        IntakeIds first = identities.For("callCenter", "CC-2026-000001", attempt: 0);
        appeals.Setup(a => a.CreateIfAbsentAsync(It.IsAny<AppealRecord>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((AppealRecord r, CancellationToken _) => r with { ReceivedAt = DateTimeOffset.UnixEpoch });
        HttpContext http = Request(Body, "dev-callcenter");

        IResult result = RouteRoles.Refuse(http) ?? await Functions().CallCenter(http.Request, CancellationToken.None);

        (int status, JsonElement reply) = await ExecuteAsync(result, http);
        Assert.Equal(StatusCodes.Status200OK, status);
        Assert.Equal(first.AppealId, reply.GetProperty("appealId").GetString());
        // The start is asked again: the first attempt may have died before its workflow started; the starter de-duplicates.
        starts.Verify(s => s.RequestStartAsync(first.AppealId, It.IsAny<CancellationToken>()), Times.Once);
        appeals.Verify(a => a.CreateIfAbsentAsync(It.IsAny<AppealRecord>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task CallCenter_TrackingCodeTakenByAnotherRequest_TakesTheNextCodes()
    {
        IntakeIds taken = identities.For("callCenter", "CC-2026-000001", attempt: 0);
        IntakeIds next = identities.For("callCenter", "CC-2026-000001", attempt: 1);
        appeals.Setup(a => a.CreateIfAbsentAsync(It.Is<AppealRecord>(r => r.AppealId == taken.AppealId), It.IsAny<CancellationToken>()))
            .ReturnsAsync((AppealRecord r, CancellationToken _) => r with { Submission = r.Submission with { ExternalId = "CC-OTHER" } });
        HttpContext http = Request(Body, "dev-callcenter");

        IResult result = RouteRoles.Refuse(http) ?? await Functions().CallCenter(http.Request, CancellationToken.None);

        (int status, JsonElement reply) = await ExecuteAsync(result, http);
        Assert.Equal(StatusCodes.Status202Accepted, status);
        Assert.Equal(next.AppealId, reply.GetProperty("appealId").GetString());
        Assert.Equal(next.TrackingCode, reply.GetProperty("trackingCode").GetString());
        Assert.NotEqual(taken.TrackingCode, next.TrackingCode);
    }

    [Theory]
    [InlineData(null, StatusCodes.Status401Unauthorized)]
    [InlineData("wrong", StatusCodes.Status401Unauthorized)]
    [InlineData("dev-office", StatusCodes.Status403Forbidden)]
    public async Task CallCenter_WithoutTheCallCenterKey_IsRefusedAndStoresNothing(string? key, int expected)
    {
        HttpContext http = Request(Body, key);

        IResult result = RouteRoles.Refuse(http) ?? await Functions().CallCenter(http.Request, CancellationToken.None);

        Assert.Equal(expected, (await ExecuteAsync(result, http)).Status);
        Assert.Equal(Problems.ContentType, http.Response.ContentType);
        Assert.Empty(calls);
    }

    [Fact]
    public async Task CallCenter_InvalidIin_Is400WithFieldAndStoresNothing()
    {
        HttpContext http = Request(Body.Replace("900101400122", "900101400123", StringComparison.Ordinal), "dev-callcenter");

        IResult result = RouteRoles.Refuse(http) ?? await Functions().CallCenter(http.Request, CancellationToken.None);

        (int status, JsonElement problem) = await ExecuteAsync(result, http);
        Assert.Equal(StatusCodes.Status400BadRequest, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty("applicant.iin", out _));
        Assert.Empty(calls);
    }

    // The Functions app checks the route's roles in its middleware before the trigger runs (RouteRoles.Refuse), as these tests do.
    private static readonly CallerAuthenticator Auth = new(Options.Create(new AuthOptions
    {
        Keys = new(StringComparer.OrdinalIgnoreCase)
        {
            [Roles.CallCenter] = ["dev-callcenter"],
            [Roles.Office] = ["dev-office"],
        },
    }), DevelopmentHost.Environment);

    private IntakeFunctions Functions()
    {
        var intake = new IntakeService(identities, appeals.Object, starts.Object, TimeProvider.System, NullLogger<IntakeService>.Instance);
        return new IntakeFunctions(new IntakeEndpoints(new EgovWebhookVerifier(Options.Create(new AuthOptions())), intake));
    }

    private static DefaultHttpContext Request(string body, string? apiKey)
    {
        var http = new DefaultHttpContext
        {
            RequestServices = new ServiceCollection().AddLogging().AddSingleton(Auth).BuildServiceProvider(),
        };
        http.Request.Method = "POST";
        http.Request.Path = "/api/intake/call-center";
        http.Request.ContentType = "application/json";
        http.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        if (apiKey is not null)
        {
            http.Request.Headers[CallerAuthenticator.KeyHeader] = apiKey;
        }

        http.Response.Body = new MemoryStream();
        return http;
    }

    private static async Task<(int Status, JsonElement Body)> ExecuteAsync(IResult result, HttpContext http)
    {
        await result.ExecuteAsync(http);
        http.Response.Body.Position = 0;
        using JsonDocument json = await JsonDocument.ParseAsync(http.Response.Body);
        return (http.Response.StatusCode, json.RootElement.Clone());
    }
}
