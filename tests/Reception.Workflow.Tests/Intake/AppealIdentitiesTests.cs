using Reception.Workflow.Intake;

namespace Reception.Workflow.Tests.Intake;

public class AppealIdentitiesTests
{
    private readonly AppealIdentities identities = new("a deployment's secret");

    [Fact]
    public void For_TheSameRequest_AlwaysGivesTheSameIds()
    {
        Assert.Equal(identities.For("egov", "EGOV-1", 0), new AppealIdentities("a deployment's secret").For("egov", "EGOV-1", 0));
    }

    [Fact]
    public void For_AnyDifferenceInRouteExternalIdAttemptOrSecret_GivesOtherIds()
    {
        IntakeIds first = identities.For("egov", "EGOV-1", 0);
        IntakeIds[] others =
        [
            identities.For("callCenter", "EGOV-1", 0),
            identities.For("egov", "EGOV-2", 0),
            identities.For("egov", "EGOV-1", 1),
            new AppealIdentities("another secret").For("egov", "EGOV-1", 0),
        ];

        Assert.All(others, o => Assert.NotEqual(first.TrackingCode, o.TrackingCode));
        Assert.All(others, o => Assert.NotEqual(first.AppealId, o.AppealId));
    }

    [Fact]
    public void AppealIdOf_TheTrackingCode_IsTheAppealsId()
    {
        IntakeIds ids = identities.For("office", "journal 17/2026", 0);

        Assert.Equal(ids.AppealId, identities.AppealIdOf(ids.TrackingCode));
        Assert.Matches("^[0-9a-f]{32}$", ids.AppealId);
    }

    [Fact]
    public void TrackingCodes_AreTwelveUnambiguousCharacters_SpreadOverTheAlphabet()
    {
        string[] codes = [.. Enumerable.Range(0, 2000).Select(i => identities.For("egov", $"EGOV-{i}", 0).TrackingCode)];

        Assert.All(codes, c => Assert.True(AppealIdentities.IsWellFormed(c), c));
        Assert.Equal(codes.Length, codes.Distinct().Count());
        Assert.DoesNotContain(codes.SelectMany(c => c), c => "01ILO".Contains(c, StringComparison.Ordinal));
        Assert.Equal(31, codes.SelectMany(c => c).Distinct().Count()); // every character of the alphabet is used
    }

    [Theory]
    [InlineData("ABCDEFGHJKM")]     // 11 characters
    [InlineData("ABCDEFGHJKMNP")]   // 13
    [InlineData("ABCDEFGHJKM0")]    // a zero
    [InlineData("abcdefghjkmn")]    // lower case
    public void IsWellFormed_RefusesWhatNoCodeLooksLike(string code) => Assert.False(AppealIdentities.IsWellFormed(code));
}
