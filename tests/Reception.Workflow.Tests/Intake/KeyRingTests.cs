using System.Security.Cryptography;
using System.Text;
using Reception.Workflow.Intake;

namespace Reception.Workflow.Tests.Intake;

public class KeyRingTests
{
    private static readonly KeyRing Rotated = new(new Dictionary<int, string> { [1] = "first master secret", [2] = "second master secret", [3] = "third master secret" }, 2);

    [Fact]
    public void FromVersionTwo_EachPurposeAndVersionHasItsOwnDerivedKey()
    {
        byte[][] keys = [.. new[] { 2, 3 }.SelectMany(v => Enum.GetValues<KeyPurpose>().Select(p => Rotated.KeyFor(p, v)))];

        Assert.Equal(4, keys.Select(Convert.ToHexString).Distinct().Count());
        Assert.All(keys, k => Assert.Equal(32, k.Length));
        Assert.DoesNotContain(Encoding.UTF8.GetBytes("second master secret"), keys);
    }

    [Fact]
    public void VersionOne_KeysAsBeforeVersions_SoStoredAppealsKeepTheirCodes()
    {
        const string secret = "a deployment's secret";
        IntakeIds ids = new AppealIdentities(KeyRing.Single(secret)).For("egov", "EGOV-1", 0);

        // What the service computed before key versions existed: HMAC-SHA256 under the secret itself.
        string before = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes("appeal\u001f" + ids.TrackingCode)))[..32];
        Assert.Equal(before, ids.AppealId);
        Assert.Equal(Encoding.UTF8.GetBytes(secret), KeyRing.Single(secret).KeyFor(KeyPurpose.ApplicantIndex, 1));
    }

    [Fact]
    public void TheCurrentVersionComesFirst_ThenTheNewerBeforeTheOlder() =>
        Assert.Equal([2, 3, 1], Rotated.Versions);

    [Fact]
    public void ACurrentVersionWithoutASecret_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new KeyRing(new Dictionary<int, string> { [1] = "x" }, 2));

    [Fact]
    public void AfterARotation_NewIdsUseTheCurrentKey_AndEarlierCodesStillLeadToTheirAppeal()
    {
        IntakeIds before = new AppealIdentities(KeyRing.Single("first master secret")).For("egov", "EGOV-1", 0);
        var after = new AppealIdentities(new KeyRing(new Dictionary<int, string> { [1] = "first master secret", [2] = "second master secret" }, 2));

        IntakeIds now = after.For("egov", "EGOV-1", 0);

        Assert.Equal((1, 2), (before.KeyVersion, now.KeyVersion));
        Assert.NotEqual(before.TrackingCode, now.TrackingCode);
        Assert.Equal(before, after.For("egov", "EGOV-1", 0, version: 1));
        IReadOnlyList<string> candidates = after.AppealIdsOf(before.TrackingCode);
        Assert.Equal(2, candidates.Count);
        Assert.Equal(before.AppealId, candidates[1]); // the earlier key's id, tried after the current one
    }
}
