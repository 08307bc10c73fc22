using Reception.Domain.Appeals;
using Reception.Domain.Applicants;
using Reception.Storage.Tables;
using Reception.Workflow.Appeals;
using Reception.Workflow.Privacy;
using Reception.Workflow.Worklists;

namespace Reception.Storage.Tests.Tables;

/// <summary>The worklist index on Azurite. Each test lists under its own official, so tests sharing the tables do not see each other's entries.</summary>
public class TableWorklistIndexTests
{
    private static readonly DateOnly AnswerDue = new(2026, 12, 9);
    private readonly TableWorklistIndex index = new(AzuriteTables.Create());
    private readonly string official = "o" + Guid.NewGuid().ToString("N")[..10];

    [Fact]
    public async Task AMovedAppeal_LeavesItsOldListAndJoinsTheNewOne_AndAnOlderStateChangesNothing()
    {
        AppealRecord review = Appeal(Guid.NewGuid().ToString("N"), steps: 3) with { Progress = new AppealProgress { Awaiting = StaffActions.Review } };
        AppealRecord decision = review with
        {
            Status = AppealStatus.AwaitingDecision,
            Progress = new AppealProgress { Awaiting = StaffActions.Decision, Proposal = new Proposal(official, new DateOnly(2026, 12, 24)) },
            History = [.. review.History, Step("proposed")],
        };

        await index.SyncAsync(review, CancellationToken.None);
        Assert.Equal([review.AppealId], await IdsAsync(StaffActions.Review));

        await index.SyncAsync(decision, CancellationToken.None);
        await index.SyncAsync(review, CancellationToken.None); // a late retry of the earlier step

        Assert.Empty(await IdsAsync(StaffActions.Review));
        WorklistEntry listed = Assert.Single((await index.PageAsync(new WorklistQuery(StaffActions.Decision, official, null, 50, null), CancellationToken.None)).Entries);
        Assert.Equal((decision.AppealId, AnswerDue, "R8", string.Empty, string.Empty), (listed.AppealId, listed.Due, listed.Rule, listed.ApplicantName, listed.SubjectExcerpt));
    }

    [Fact]
    public async Task TheIndexHoldsNoName_ThePageReadsItFromThePersonalDataStore()
    {
        AppealRecord review = Appeal(Guid.NewGuid().ToString("N"), steps: 3) with
        {
            Progress = new AppealProgress { Awaiting = StaffActions.Review, Proposal = new Proposal(official, new DateOnly(2026, 12, 24)) },
        };
        TablePersonalDataStore personalData = AzuriteTables.PersonalData();
        await personalData.AddIfAbsentAsync(review.AppealId, new Reception.Workflow.Privacy.PersonalData(review.Submission.Applicant, review.Submission.Subject), CancellationToken.None);
        await index.SyncAsync(review, CancellationToken.None);

        WorklistPage page = await index.PageAsync(new WorklistQuery(StaffActions.Review, official, null, 50, null), CancellationToken.None);
        Assert.Equal(string.Empty, Assert.Single(page.Entries).ApplicantName);
        var names = new WorklistNames(personalData, TimeProvider.System);
        WorklistEntry named = Assert.Single(await names.FillAsync(page.Entries, CancellationToken.None));
        Assert.Equal(("Ахметова Айгерим", review.Submission.Subject), (named.ApplicantName, named.SubjectExcerpt));

        await personalData.EraseAsync(review.AppealId, CancellationToken.None);
        Assert.Equal("Ахметова Айгерим", Assert.Single(await names.FillAsync(page.Entries, CancellationToken.None)).ApplicantName); // held for a while on this host
        names.Forget(review.AppealId); // as the erasure does
        Assert.Equal(string.Empty, Assert.Single(await names.FillAsync(page.Entries, CancellationToken.None)).ApplicantName);
    }

    [Fact]
    public async Task Pages_AreInDueOrder_FollowTheCursor_AndDueBeforeCutsThem()
    {
        DateOnly[] dues = [new(2026, 12, 20), new(2026, 12, 1), new(2026, 12, 15), new(2026, 12, 3), new(2026, 12, 10)];
        foreach (DateOnly due in dues)
        {
            AppealRecord appeal = Appeal(Guid.NewGuid().ToString("N"), steps: 3) with
            {
                Deadlines = new AppealDeadlines(new DateOnly(2026, 11, 27), due),
                Progress = new AppealProgress { Awaiting = StaffActions.Review },
            };
            await index.SyncAsync(appeal, CancellationToken.None);
        }

        WorklistPage first = await index.PageAsync(new WorklistQuery(StaffActions.Review, official, null, 2, null), CancellationToken.None);
        WorklistPage second = await index.PageAsync(new WorklistQuery(StaffActions.Review, official, null, 2, first.Next), CancellationToken.None);
        WorklistPage last = await index.PageAsync(new WorklistQuery(StaffActions.Review, official, null, 2, second.Next), CancellationToken.None);
        WorklistPage early = await index.PageAsync(new WorklistQuery(StaffActions.Review, official, new DateOnly(2026, 12, 10), 50, null), CancellationToken.None);

        Assert.Equal(dues.Order(), first.Entries.Concat(second.Entries).Concat(last.Entries).Select(e => e.Due));
        Assert.Null(last.Next);
        Assert.Equal([new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 3)], early.Entries.Select(e => e.Due));
    }

    [Fact]
    public async Task AListLongerThanItsCachedHead_PagesInOrderAcrossTheHead_AndRefillsTheHeadWhenItsEntriesLeave()
    {
        int count = WorklistHeads.Size + 30;
        AppealRecord[] appeals = [.. Enumerable.Range(0, count).Select(i => Appeal(Guid.NewGuid().ToString("N"), steps: 3) with
        {
            Deadlines = new AppealDeadlines(new DateOnly(2026, 11, 27), new DateOnly(2026, 12, 1).AddDays(i % 60)),
            Progress = new AppealProgress { Awaiting = StaffActions.Review },
        })];
        await Parallel.ForEachAsync(appeals, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (a, ct) => await index.SyncAsync(a, ct));

        Assert.Equal(appeals.Select(a => Key(a)).Order(StringComparer.Ordinal), await AllKeysAsync(pageSize: 45));

        // The 150 soonest leave the review list: the head falls under its refill mark and is filled from the rows.
        AppealRecord[] leaving = [.. appeals.OrderBy(a => Key(a), StringComparer.Ordinal).Take(150)];
        await Parallel.ForEachAsync(leaving, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (a, ct) =>
            await index.SyncAsync(a with { Status = AppealStatus.Refused, Progress = new AppealProgress(), History = [.. a.History, Step("refused")] }, ct));

        Assert.Equal(appeals.Except(leaving).Select(a => Key(a)).Order(StringComparer.Ordinal), await AllKeysAsync(pageSize: 50));
    }

    [Fact]
    public async Task TheSurveyList_TakesAnAppealOnceAndLetsItGo()
    {
        AppealRecord closed = Appeal(Guid.NewGuid().ToString("N"), steps: 9) with { Status = AppealStatus.Closed };
        var queuedOn = new DateOnly(2026, 12, 2);
        await index.ListSurveyAsync(WorklistEntries.Survey(closed, queuedOn), CancellationToken.None);
        await index.ListSurveyAsync(WorklistEntries.Survey(closed, queuedOn), CancellationToken.None);
        Assert.Equal([closed.AppealId], await IdsAsync(WorklistKinds.Survey));

        await index.UnlistSurveyAsync(closed.AppealId, queuedOn, CancellationToken.None);
        await index.UnlistSurveyAsync(closed.AppealId, queuedOn, CancellationToken.None);
        Assert.Empty(await IdsAsync(WorklistKinds.Survey));
    }

    private async Task<string[]> IdsAsync(string awaiting) =>
        [.. (await index.PageAsync(new WorklistQuery(awaiting, official, null, 200, null), CancellationToken.None)).Entries.Select(e => e.AppealId)];

    private static string Key(AppealRecord a) => $"{a.Deadlines!.AnswerDue:yyyyMMdd}-{a.AppealId}";

    private async Task<List<string>> AllKeysAsync(int pageSize)
    {
        var keys = new List<string>();
        string? cursor = null;
        for (int pages = 0; pages < 100; pages++)
        {
            WorklistPage page = await index.PageAsync(new WorklistQuery(StaffActions.Review, official, null, pageSize, cursor), CancellationToken.None);
            keys.AddRange(page.Entries.Select(e => $"{e.Due:yyyyMMdd}-{e.AppealId}"));
            if ((cursor = page.Next) is null)
            {
                break;
            }
        }

        return keys;
    }

    private static HistoryStep Step(string name) => new(DateTimeOffset.UnixEpoch, name, "R4", name);

    private AppealRecord Appeal(string appealId, int steps) => new()
    {
        AppealId = appealId,
        TrackingCode = "ABCDEFGHJKMN",
        Channel = Channel.Egov,
        ReceivedAt = DateTimeOffset.UnixEpoch,
        Status = AppealStatus.UnderReview,
        RegistrationNumber = "RCP-2026-000001",
        Deadlines = new AppealDeadlines(new DateOnly(2026, 11, 27), AnswerDue),
        Submission = new AppealSubmission(
            "EGOV-" + appealId,
            new Applicant(ApplicantType.Individual, "900101400122", "Ахметова", "Айгерим", null, "+77011234567", null, "KZ", [], null),
            "Ремонт дороги на улице Абая",
            official,
            Language.Kk,
            VideoConference: false,
            NeedsInterpreter: false),
        History = [.. Enumerable.Range(0, steps).Select(i => Step($"s{i}"))],
    };
}
