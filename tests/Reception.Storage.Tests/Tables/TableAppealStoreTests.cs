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
        var store = new TableAppealStore(AzuriteTables.Create());
        string appealId = Guid.NewGuid().ToString("N");

        AppealRecord?[] earlier = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            store.CreateIfAbsentAsync(Appeal(appealId, $"EGOV/2026#{i}"), CancellationToken.None)));

        Assert.Single(earlier, e => e is null);
        string first = Assert.Single(earlier.Where(e => e is not null).Select(e => e!.Submission.ExternalId).Distinct());
        AppealRecord stored = (await store.FindAsync(appealId, CancellationToken.None))!;
        Assert.Equal(first, stored.Submission.ExternalId);
        Assert.Single(stored.History);
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
