using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using Reception.Domain.Appeals;
using Reception.Domain.Repeats;
using Reception.Workflow.Appeals;
using Reception.Workflow.Privacy;
using Reception.Workflow.Tests.Fakes;
using Reception.Workflow.Time;

namespace Reception.Workflow.Tests.Privacy;

public class RetentionTests
{
    private static readonly DateTimeOffset Intake = new(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(5));
    private readonly InMemoryAppealStore appeals = new();
    private readonly InMemoryPersonalDataStore personalData = new();
    private readonly InMemoryApplicantIndex applicants = new();
    private readonly InMemoryAnswerLetters letters = new();
    private readonly InMemorySurveyStore surveys = new();
    private readonly InMemoryWorklistIndex worklists = new();
    private readonly ManualClock now = new(Intake);
    private readonly Mock<DurableTaskClient> workflows = new("test");

    public RetentionTests()
    {
        workflows.Setup(c => c.GetInstanceAsync(It.IsAny<string>(), false, It.IsAny<CancellationToken>()))
            .ReturnsAsync((string id, bool _, CancellationToken _) => new OrchestrationMetadata("AppealOrchestrator", id) { RuntimeStatus = OrchestrationRuntimeStatus.Completed });
    }

    [Fact]
    public async Task Purge_AfterTheTerm_ErasesEveryPartOfAClosedAppeal_AndKeepsItsNumberAndSteps()
    {
        string id = await ClosedAppealAsync("appeal-1");
        now.Advance(TimeSpan.FromDays(12)); // closed a day after intake: the term ends on day 11

        int erased = await Purge(TimeSpan.FromDays(10)).RunAsync(workflows.Object, CancellationToken.None);

        Assert.Equal(1, erased);
        Assert.Null(await personalData.FindAsync(id, CancellationToken.None));
        Assert.Null(await letters.FindAsync(id, CancellationToken.None));
        Assert.Empty(await applicants.FindAsync(applicants.KeyOf("900101400122"), CancellationToken.None));
        workflows.Verify(c => c.PurgeInstanceAsync(id, It.IsAny<PurgeInstanceOptions?>(), It.IsAny<CancellationToken>()), Times.Once);
        AppealRecord kept = (await appeals.FindAsync(id, CancellationToken.None))!;
        Assert.Equal("RCP-2026-000001", kept.RegistrationNumber);
        Assert.Equal(StepName.PersonalDataErased, kept.History[^1].Step);
        Assert.Equal("service:retention", kept.History[^1].By!.Id);
        Assert.NotNull(kept.PersonalDataErasedAt);
        Assert.Empty(await surveys.PendingAsync(CancellationToken.None)); // nobody left to phone
        Assert.All(kept.Progress.Notifications, n => Assert.Null(n.Text));
        Assert.Equal("booked", Assert.Single(kept.Progress.Notifications).Kind);
    }

    [Fact]
    public async Task Purge_BeforeTheTerm_ErasesNothing()
    {
        string id = await ClosedAppealAsync("appeal-2");
        now.Advance(TimeSpan.FromDays(9));

        Assert.Equal(0, await Purge(TimeSpan.FromDays(10)).RunAsync(workflows.Object, CancellationToken.None));
        Assert.NotNull(await personalData.FindAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task Purge_ErasesPersonalDataWhoseAppealWasNeverStored_AfterADay()
    {
        await personalData.AddIfAbsentAsync("orphan-1", new PersonalData(TestAppeals.Submission().Applicant, "x"), CancellationToken.None);
        personalData.StoredAt["orphan-1"] = Intake.AddHours(-1);
        await personalData.AddIfAbsentAsync("orphan-2", new PersonalData(TestAppeals.Submission().Applicant, "x"), CancellationToken.None);
        personalData.StoredAt["orphan-2"] = Intake.AddHours(20); // younger than a day: its intake may still be retried
        now.Advance(TimeSpan.FromDays(1));

        await Purge(TimeSpan.FromDays(1826)).RunAsync(workflows.Object, CancellationToken.None);

        Assert.Null(await personalData.FindAsync("orphan-1", CancellationToken.None));
        Assert.NotNull(await personalData.FindAsync("orphan-2", CancellationToken.None));
    }

    [Fact]
    public async Task Purge_GoesOnPastAnAppealThatFails()
    {
        string first = await ClosedAppealAsync("appeal-6");
        string second = await ClosedAppealAsync("appeal-7");
        workflows.Setup(c => c.GetInstanceAsync(first, false, It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("storage hiccup"));
        now.Advance(TimeSpan.FromDays(12));

        Assert.Equal(1, await Purge(TimeSpan.FromDays(10)).RunAsync(workflows.Object, CancellationToken.None));
        Assert.NotNull(await personalData.FindAsync(first, CancellationToken.None));
        Assert.Null(await personalData.FindAsync(second, CancellationToken.None));
    }

    [Fact]
    public async Task Erase_AnOpenAppeal_IsRefused_AndChangesNothing()
    {
        AppealRecord open = TestAppeals.Received("appeal-3", Intake);
        await StoreAsync(open);

        ErasureOutcome outcome = await Eraser().EraseAsync("appeal-3", new Actor("op", "Operator", "operator"), "request", workflows.Object, CancellationToken.None);

        Assert.Equal(ErasureOutcome.Open, outcome);
        Assert.NotNull(await personalData.FindAsync("appeal-3", CancellationToken.None));
        workflows.Verify(c => c.PurgeInstanceAsync(It.IsAny<string>(), It.IsAny<PurgeInstanceOptions?>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Erase_WhileTheWorkflowStillRuns_WaitsForIt()
    {
        string id = await ClosedAppealAsync("appeal-4");
        workflows.Setup(c => c.GetInstanceAsync(id, false, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new OrchestrationMetadata("AppealOrchestrator", id) { RuntimeStatus = OrchestrationRuntimeStatus.Running });

        Assert.Equal(ErasureOutcome.WorkflowRunning, await Eraser().EraseAsync(id, RetentionPurge.Service, "term", workflows.Object, CancellationToken.None));
        Assert.NotNull(await personalData.FindAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task Erase_Twice_ErasesOnce()
    {
        string id = await ClosedAppealAsync("appeal-5");
        PersonalDataEraser eraser = Eraser();

        Assert.Equal(ErasureOutcome.Erased, await eraser.EraseAsync(id, RetentionPurge.Service, "term", workflows.Object, CancellationToken.None));
        Assert.Equal(ErasureOutcome.AlreadyErased, await eraser.EraseAsync(id, RetentionPurge.Service, "term", workflows.Object, CancellationToken.None));
        Assert.Single((await appeals.FindAsync(id, CancellationToken.None))!.History, h => h.Step == StepName.PersonalDataErased);
    }

    private async Task<string> ClosedAppealAsync(string id)
    {
        AppealRecord received = TestAppeals.Received(id, Intake) with { RegistrationNumber = "RCP-2026-000001" };
        await StoreAsync(received);
        await applicants.RecordAsync(received, EarlierOutcome.Answered, CancellationToken.None);
        await letters.SaveAsync(id, [1, 2, 3], new AnswerLetter("application/pdf", 3, Intake, "department"), CancellationToken.None);
        await surveys.QueueAsync(id, Intake, CancellationToken.None);
        await appeals.ApplyStepAsync(id, "closed", a => a with
        {
            Status = AppealStatus.Closed,
            Progress = a.Progress with { Notifications = [new NotificationRecord("n1", "booked", "kk", Intake) { Text = "Құрметті Айгерим, өкілеттік: сенімхат №7" }] },
        }, new HistoryStep(Intake.AddDays(1), StepName.Closed, "R20", "Closed."), CancellationToken.None);
        return id;
    }

    private async Task StoreAsync(AppealRecord appeal)
    {
        await personalData.AddIfAbsentAsync(appeal.AppealId, new PersonalData(appeal.Submission.Applicant, appeal.Submission.Subject), CancellationToken.None);
        await appeals.CreateIfAbsentAsync(appeal, CancellationToken.None);
    }

    private PersonalDataEraser Eraser() =>
        new(appeals, personalData, applicants, letters, surveys, worklists, new ReceptionClock(now, new ClockOptions()), NullLogger<PersonalDataEraser>.Instance);

    private RetentionPurge Purge(TimeSpan keepFor) =>
        new(appeals, personalData, Eraser(), Options.Create(new RetentionOptions { KeepFor = keepFor }), new ReceptionClock(now, new ClockOptions()), NullLogger<RetentionPurge>.Instance);
}
