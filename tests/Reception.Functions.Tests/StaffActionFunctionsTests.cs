using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Moq;
using Reception.Domain.Appeals;
using Reception.Domain.Calendar;
using Reception.Domain.Deadlines;
using Reception.Functions.Appeals;
using Reception.Api.Appeals;
using Reception.Api.Auth;
using Reception.Api.Routing;
using Reception.Workflow.Appeals;
using Reception.Workflow.Schedule;
using Reception.Workflow.Time;

namespace Reception.Functions.Tests;

/// <summary>
/// A staff action reaches the workflow only once the workflow has recorded its first step: the appeal
/// can show what it awaits earlier (its opening activity ran for a start a crash left unrecorded), and
/// the engine would discard an event for an instance without history.
/// </summary>
public class StaffActionFunctionsTests
{
    private const string AppealId = "5c16062b2c38c91ef7364e1fa4e44bfe";
    private const string Refusal = """{"outcome":"refuse","reason":"Вопрос вне компетенции местных исполнительных органов"}""";

    private readonly Mock<IAppealStore> appeals = new();
    private readonly Mock<DurableTaskClient> workflows = new("test");

    public StaffActionFunctionsTests()
    {
        AppealRecord underReview = new()
        {
            AppealId = AppealId,
            TrackingCode = "7UPXA4FWEM9C",
            Channel = Channel.CallCenter,
            ReceivedAt = DateTimeOffset.UtcNow,
            Submission = new AppealSubmission("CC-1", new Domain.Applicants.Applicant(Domain.Applicants.ApplicantType.Individual, "900101400122", "Ахметова", "Айгерим",
                null, null, null, "KZ", [], null), "Ремонт дороги", "akim", Language.Ru, VideoConference: false, NeedsInterpreter: false),
            Status = AppealStatus.UnderReview,
            Progress = new AppealProgress { Awaiting = StaffActions.Review, AwaitingStep = "0002-sentForReview" },
        };
        appeals.Setup(a => a.FindAsync(AppealId, It.IsAny<CancellationToken>())).ReturnsAsync(underReview);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(OrchestrationRuntimeStatus.Pending)]
    public async Task Review_WhileTheWorkflowHasNotRecordedItsFirstStep_Is503WithRetryAfter_AndRaisesNothing(OrchestrationRuntimeStatus? status)
    {
        workflows.Setup(c => c.GetInstanceAsync(AppealId, false, It.IsAny<CancellationToken>()))
            .ReturnsAsync(status is { } s ? new OrchestrationMetadata("AppealOrchestrator", AppealId) { RuntimeStatus = s } : null);
        HttpContext http = Request(Refusal);

        IResult result = await Functions().Review(http.Request, AppealId, workflows.Object, CancellationToken.None);
        await result.ExecuteAsync(http);

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, http.Response.StatusCode);
        Assert.Equal("5", http.Response.Headers.RetryAfter.ToString());
        workflows.Verify(c => c.RaiseEventAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<object?>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Review_OfARunningWorkflow_Is202AndRaisesTheEventForTheAwaitedStep()
    {
        workflows.Setup(c => c.GetInstanceAsync(AppealId, false, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new OrchestrationMetadata("AppealOrchestrator", AppealId) { RuntimeStatus = OrchestrationRuntimeStatus.Running });
        HttpContext http = Request(Refusal);

        IResult result = await Functions().Review(http.Request, AppealId, workflows.Object, CancellationToken.None);
        await result.ExecuteAsync(http);

        Assert.Equal(StatusCodes.Status202Accepted, http.Response.StatusCode);
        workflows.Verify(c => c.RaiseEventAsync(AppealId, StaffActions.Review,
            It.Is<object?>(e => ((Reception.Workflow.Appeals.Events.ReviewEvent)e!).ForStep == "0002-sentForReview"), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Review_WhileTheFirstStepIsBeingRecorded_WaitsForIt_And202s()
    {
        workflows.SetupSequence(c => c.GetInstanceAsync(AppealId, false, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new OrchestrationMetadata("AppealOrchestrator", AppealId) { RuntimeStatus = OrchestrationRuntimeStatus.Pending })
            .ReturnsAsync(new OrchestrationMetadata("AppealOrchestrator", AppealId) { RuntimeStatus = OrchestrationRuntimeStatus.Running });
        HttpContext http = Request(Refusal);

        IResult result = await Functions().Review(http.Request, AppealId, workflows.Object, CancellationToken.None);
        await result.ExecuteAsync(http);

        Assert.Equal(StatusCodes.Status202Accepted, http.Response.StatusCode);
        workflows.Verify(c => c.RaiseEventAsync(AppealId, StaffActions.Review, It.IsAny<object?>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    private static readonly CallerAuthenticator Auth = new(Options.Create(new AuthOptions
    {
        Keys = new(StringComparer.OrdinalIgnoreCase) { [Roles.Department] = ["dev-department"] },
    }), DevelopmentHost.Environment);

    private StaffActionFunctions Functions()
    {
        var clock = new ReceptionClock(TimeProvider.System, new ClockOptions());
        return new StaffActionFunctions(new StaffEndpoints(
            appeals.Object, new Mock<IScheduleStore>().Object, BuiltInCalendarData.CreateCalendar(), DeadlinePolicy.Seed, clock, new Mock<Reception.Workflow.Privacy.IPersonalDataStore>().Object));
    }

    private static DefaultHttpContext Request(string body)
    {
        var http = new DefaultHttpContext
        {
            RequestServices = new ServiceCollection().AddLogging().AddSingleton(Auth).BuildServiceProvider(),
        };
        http.Request.Method = "POST";
        http.Request.Path = $"/api/appeals/{AppealId}/review";
        http.Request.ContentType = "application/json";
        http.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        http.Request.Headers[CallerAuthenticator.KeyHeader] = "dev-department";
        http.Response.Body = new MemoryStream();

        // The route's roles, checked as the Functions app's middleware checks them before the trigger runs.
        Assert.Null(RouteRoles.Refuse(http));
        return http;
    }
}
