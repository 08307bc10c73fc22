using Microsoft.Extensions.Logging.Abstractions;
using Reception.Domain.Appeals;
using Reception.Domain.Applicants;
using Reception.Domain.Repeats;
using Reception.Storage.Tables;
using Reception.Workflow.Appeals;
using Reception.Workflow.Appeals.Activities;
using Reception.Workflow.Intake;
using Reception.Workflow.Telemetry;

namespace Reception.Storage.Tests.Tables;

/// <summary>
/// Rotating the privacy keys by adding a version (docs/runbook.md "Rotate a secret"), on Azurite:
/// what was taken in under the earlier key is still found, and what comes in now uses the new one.
/// </summary>
public class KeyRotationTests
{
    private const string First = "the first master secret of this test, 0123456789";
    private const string Second = "the second master secret of this test, 0123456789";

    [Fact]
    public async Task AfterARotation_RepeatsTrackingCodesAndTheR3CheckStillFindTheEarlierAppeal_AndNewAppealsUseTheNewKey()
    {
        ReceptionTables tables = AzuriteTables.Create();
        var store = new TableAppealStore(tables, AzuriteTables.PersonalData());
        KeyRing before = KeyRing.Single(First);
        KeyRing after = new(new Dictionary<int, string> { [1] = First, [2] = Second }, 2);
        string iin = Random.Shared.NextInt64(100_000_000_000, 999_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture); // its own applicant: the tables outlive a run
        string externalId = "EGOV-" + Guid.NewGuid().ToString("N");

        IntakeResult first = await Intake(store, before).SubmitAsync(IntakeRoute.Egov, Submission(externalId, iin), Channel.Egov, CancellationToken.None);
        AppealRecord stored = (await store.FindAsync(first.AppealId, CancellationToken.None))!;
        await new TableApplicantIndex(tables, before, AzuriteTables.PersonalData()).RecordAsync(stored, EarlierOutcome.Received, CancellationToken.None);
        Assert.Equal(1, stored.KeyVersion);

        // The same request again, after the rotation: the same appeal, not a second one.
        var identities = new AppealIdentities(after);
        IntakeResult repeat = await Intake(store, after).SubmitAsync(IntakeRoute.Egov, Submission(externalId, iin), Channel.Egov, CancellationToken.None);
        Assert.Equal((first.AppealId, first.TrackingCode, false), (repeat.AppealId, repeat.TrackingCode, repeat.IsNew));
        Assert.Contains(first.AppealId, identities.AppealIdsOf(first.TrackingCode));

        // A new request: the new key, stored with its version.
        IntakeResult fresh = await Intake(store, after).SubmitAsync(IntakeRoute.Egov, Submission("EGOV-" + Guid.NewGuid().ToString("N"), iin), Channel.Egov, CancellationToken.None);
        Assert.True(fresh.IsNew);
        Assert.Equal(2, (await store.FindAsync(fresh.AppealId, CancellationToken.None))!.KeyVersion);

        // R3 across the versions: the applicant's earlier appeal, filed under the first key, is found.
        var index = new TableApplicantIndex(tables, after, AzuriteTables.PersonalData());
        Assert.NotEqual(index.KeysOf(iin)[0], index.KeysOf(iin)[1]);
        RepeatCheck? check = await new CheckRepeat(store, index).ExecuteAsync(fresh.AppealId, CancellationToken.None);
        Assert.NotNull(check);
        Assert.Equal(first.AppealId, check.EarlierAppeal);
    }

    private static IntakeService Intake(TableAppealStore store, KeyRing keys) =>
        new(new AppealIdentities(keys), store, new NoStarts(), TimeProvider.System, NullLogger<IntakeService>.Instance);

    private static AppealSubmission Submission(string externalId, string iin) => new(
        externalId,
        new Applicant(ApplicantType.Individual, iin, "Ахметова", "Айгерим", null, "+77011234567", null, "KZ", [], null),
        "Ремонт дороги на улице Абая",
        "akim",
        Language.Kk,
        VideoConference: false,
        NeedsInterpreter: false);

    private sealed class NoStarts : IAppealStartRequests
    {
        public Task RequestStartAsync(string appealId, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<QueueDepth> DepthAsync(CancellationToken cancellationToken) => Task.FromResult(new QueueDepth(0, 0));

        public Task<int> RequeuePoisonedAsync(int max, CancellationToken cancellationToken) => Task.FromResult(0);
    }
}
