using Reception.Domain.Appeals;
using Reception.Domain.Applicants;
using Reception.Storage.Tables;
using Reception.Workflow.Appeals;

namespace Reception.Storage.Tests.Tables;

public class TableAppealStoreTests
{
    [Fact]
    public async Task CreateIfAbsent_TwentyConcurrentInsertsOfOneId_OneStoresAndAllOthersSeeTheFirst()
    {
        var store = new TableAppealStore(AzuriteTables.Create(), AzuriteTables.PersonalData());
        string appealId = Guid.NewGuid().ToString("N");

        AppealRecord?[] earlier = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            store.CreateIfAbsentAsync(Appeal(appealId, $"EGOV/2026#{i}"), CancellationToken.None)));

        Assert.Single(earlier, e => e is null);
        string first = Assert.Single(earlier.Where(e => e is not null).Select(e => e!.Submission.ExternalId).Distinct());
        AppealRecord stored = (await store.FindAsync(appealId, CancellationToken.None))!;
        Assert.Equal(first, stored.Submission.ExternalId);
        Assert.Single(stored.History);
    }

    [Fact]
    public async Task History_KeptInTheAppealEntity_SurvivesEveryKindOfUpdate()
    {
        var store = new TableAppealStore(AzuriteTables.Create(), AzuriteTables.PersonalData());
        string appealId = Guid.NewGuid().ToString("N");
        await store.CreateIfAbsentAsync(Appeal(appealId, "EGOV-1"), CancellationToken.None);

        var registered = new HistoryStep(DateTimeOffset.UnixEpoch.AddHours(1), "registered", "R4", "Registered.");
        await store.ApplyStepAsync(appealId, "0001-registered", a => a with { Status = AppealStatus.UnderReview, Progress = a.Progress with { Awaiting = "review" } }, registered, CancellationToken.None);
        await store.ApplyStepAsync(appealId, "0001-registered", a => a, registered, CancellationToken.None); // a repeat records nothing

        AppealRecord stored = (await store.FindAsync(appealId, CancellationToken.None))!;
        Assert.Equal(["received", "registered"], stored.History.Select(h => h.Step));
        Assert.Equal(AppealStatus.UnderReview, stored.Status);
        Assert.Equal("review", stored.Progress.Awaiting); // staff actions no longer write the appeal: the workflow is its only writer
        Assert.True(await store.ExistsAsync(appealId, CancellationToken.None));
        Assert.False(await store.ExistsAsync(Guid.NewGuid().ToString("N"), CancellationToken.None));
    }

    [Fact]
    public async Task ALongHistory_LongerThanOneStringPropertyHolds_IsKeptWhole()
    {
        var store = new TableAppealStore(AzuriteTables.Create(), AzuriteTables.PersonalData());
        string appealId = Guid.NewGuid().ToString("N");
        await store.CreateIfAbsentAsync(Appeal(appealId, "EGOV-2"), CancellationToken.None);

        // A year of daily chases of an overdue instruction: ~400 characters of JSON each.
        for (int day = 1; day <= 250; day++)
        {
            var chase = new HistoryStep(DateTimeOffset.UnixEpoch.AddDays(day), "deadlineMissed", "R20", $"Day {day}: " + new string('ж', 300));
            await store.ApplyStepAsync(appealId, $"{day:D4}-chase", a => a, chase, CancellationToken.None);
        }

        AppealRecord stored = (await store.FindAsync(appealId, CancellationToken.None))!;
        Assert.Equal(251, stored.History.Count);
        Assert.StartsWith("Day 250: ", stored.History[^1].Detail, StringComparison.Ordinal);
    }

    private static AppealRecord Appeal(string appealId, string externalId) => new()
    {
        AppealId = appealId,
        TrackingCode = "ABCDEFGHJKMN",
        Channel = Channel.Egov,
        ReceivedAt = DateTimeOffset.UnixEpoch,
        Submission = new AppealSubmission(
            externalId,
            new Applicant(ApplicantType.Individual, "900101400122", "Ахметова", "Айгерим", null, "+77011234567", null, "KZ", [], null),
            "Ремонт дороги на улице Абая",
            "akim",
            Language.Kk,
            VideoConference: false,
            NeedsInterpreter: false),
        History = [new HistoryStep(DateTimeOffset.UnixEpoch, "received", "R1", "Received through egov.")],
    };
}
