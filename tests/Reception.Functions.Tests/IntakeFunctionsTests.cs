using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using Reception.Functions.Intake;
using Reception.Workflow.Appeals;
using Reception.Workflow.Auth;
using Reception.Workflow.Http;
using Reception.Workflow.Intake;
using Reception.Workflow.Orchestration;
using Reception.Workflow.Ports;

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

    private readonly Mock<DurableTaskClient> workflows = new("test");
    private readonly Mock<IIntakeLedger> ledger = new();
    private readonly Mock<IAppealStore> appeals = new();
    private readonly Mock<ITrackingCodes> trackingCodes = new();

    public IntakeFunctionsTests()
    {
        ledger
            .Setup(l => l.ClaimAsync("callCenter", "CC-2026-000001", It.IsAny<IntakeClaim>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, string _, IntakeClaim candidate, CancellationToken _) => candidate);
    }

    [Fact]
    public async Task CallCenter_ValidAppeal_StartsOrchestrationWithAppealIdAsInstanceId()
    {
        HttpContext http = Request(Body, "dev-callcenter");

        IResult result = await Functions().CallCenter(http.Request, workflows.Object, CancellationToken.None);

        (int status, JsonElement reply) = await ExecuteAsync(result, http);
        Assert.Equal(StatusCodes.Status202Accepted, status);
        string appealId = reply.GetProperty("appealId").GetString()!;
        Assert.Equal("received", reply.GetProperty("status").GetString());
        workflows.Verify(w => w.ScheduleNewOrchestrationInstanceAsync(
            It.Is<TaskName>(n => n.Name == nameof(AppealOrchestrator)),
            It.Is<object>(i => ((AppealWorkflowInput)i).AppealId == appealId),
            It.Is<StartOrchestrationOptions>(o => o.InstanceId == appealId),
            It.IsAny<CancellationToken>()), Times.Once);
        appeals.Verify(a => a.CreateIfAbsentAsync(It.Is<AppealRecord>(r => r.AppealId == appealId), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task CallCenter_RepeatWhoseWorkflowRuns_DoesNotStartAnother()
    {
        ledger
            .Setup(l => l.ClaimAsync("callCenter", "CC-2026-000001", It.IsAny<IntakeClaim>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new IntakeClaim("0123456789abcdef0123456789abcdef", "ABCDEFGHJKMN", IsNew: false));
        workflows
            .Setup(w => w.GetInstanceAsync(It.IsAny<string>(), It.IsAny<bool>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string id, bool _, CancellationToken _) => new OrchestrationMetadata(nameof(AppealOrchestrator), id));
        HttpContext http = Request(Body, "dev-callcenter");

        IResult result = await Functions().CallCenter(http.Request, workflows.Object, CancellationToken.None);

        Assert.Equal(StatusCodes.Status200OK, (await ExecuteAsync(result, http)).Status);
        workflows.Verify(w => w.ScheduleNewOrchestrationInstanceAsync(
            It.IsAny<TaskName>(), It.IsAny<object>(), It.IsAny<StartOrchestrationOptions>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task CallCenter_RepeatWhoseWorkflowNeverStarted_StartsIt()
    {
        // An earlier attempt claimed the request and crashed before starting the workflow: the retry finishes the job.
        ledger
            .Setup(l => l.ClaimAsync("callCenter", "CC-2026-000001", It.IsAny<IntakeClaim>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new IntakeClaim("0123456789abcdef0123456789abcdef", "ABCDEFGHJKMN", IsNew: false));
        HttpContext http = Request(Body, "dev-callcenter");

        IResult result = await Functions().CallCenter(http.Request, workflows.Object, CancellationToken.None);

        Assert.Equal(StatusCodes.Status200OK, (await ExecuteAsync(result, http)).Status);
        workflows.Verify(w => w.ScheduleNewOrchestrationInstanceAsync(
            It.Is<TaskName>(n => n.Name == nameof(AppealOrchestrator)),
            It.IsAny<object>(),
            It.Is<StartOrchestrationOptions>(o => o.InstanceId == "0123456789abcdef0123456789abcdef"),
            It.IsAny<CancellationToken>()), Times.Once);
        appeals.Verify(a => a.CreateIfAbsentAsync(It.Is<AppealRecord>(r => r.AppealId == "0123456789abcdef0123456789abcdef"), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Theory]
    [InlineData(null, StatusCodes.Status401Unauthorized)]
    [InlineData("wrong", StatusCodes.Status401Unauthorized)]
    [InlineData("dev-office", StatusCodes.Status403Forbidden)]
    public async Task CallCenter_WithoutTheCallCenterKey_IsRefusedAndStartsNothing(string? key, int expected)
    {
        HttpContext http = Request(Body, key);

        IResult result = await Functions().CallCenter(http.Request, workflows.Object, CancellationToken.None);

        Assert.Equal(expected, (await ExecuteAsync(result, http)).Status);
        Assert.Equal(Problems.ContentType, http.Response.ContentType);
        workflows.VerifyNoOtherCalls();
        ledger.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task CallCenter_InvalidIin_Is400WithFieldAndStartsNothing()
    {
        HttpContext http = Request(Body.Replace("900101400122", "900101400123", StringComparison.Ordinal), "dev-callcenter");

        IResult result = await Functions().CallCenter(http.Request, workflows.Object, CancellationToken.None);

        (int status, JsonElement problem) = await ExecuteAsync(result, http);
        Assert.Equal(StatusCodes.Status400BadRequest, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty("applicant.iin", out _));
        workflows.VerifyNoOtherCalls();
        ledger.VerifyNoOtherCalls();
    }

    private IntakeFunctions Functions()
    {
        var auth = new ApiKeyAuthenticator(Options.Create(new AuthOptions
        {
            Keys = new(StringComparer.OrdinalIgnoreCase)
            {
                [Roles.CallCenter] = ["dev-callcenter"],
                [Roles.Office] = ["dev-office"],
            },
        }));
        var intake = new IntakeService(ledger.Object, appeals.Object, trackingCodes.Object, TimeProvider.System, NullLogger<IntakeService>.Instance);
        return new IntakeFunctions(new IntakeEndpoints(auth, intake));
    }

    private static DefaultHttpContext Request(string body, string? apiKey)
    {
        var http = new DefaultHttpContext
        {
            RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider(),
        };
        http.Request.Method = "POST";
        http.Request.ContentType = "application/json";
        http.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        if (apiKey is not null)
        {
            http.Request.Headers[ApiKeyAuthenticator.KeyHeader] = apiKey;
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
