using Reception.Storage.Configuration;

namespace Reception.Storage.Tests.Configuration;

public class PrivacyOptionsTests
{
    [Fact]
    public void EnsureAllowed_DevelopmentSecretInProduction_RefusesToStart() =>
        Assert.Throws<InvalidOperationException>(() => new PrivacyOptions().EnsureAllowed("Production"));

    [Fact]
    public void EnsureAllowed_OwnSecretInProduction_Starts() =>
        new PrivacyOptions { ApplicantKeySecret = "a secret of this deployment, 32+ characters" }.EnsureAllowed("Production");

    [Fact]
    public void EnsureAllowed_AShortSecretInProduction_RefusesToStart() =>
        Assert.Throws<InvalidOperationException>(() => new PrivacyOptions { ApplicantKeySecret = "a short secret" }.EnsureAllowed("Production"));

    [Theory]
    [InlineData("1")]
    [InlineData("two")]
    public void EnsureAllowed_AMalformedKeyVersion_RefusesToStart(string version) =>
        Assert.Throws<InvalidOperationException>(() => new PrivacyOptions { Keys = new() { [version] = "x" } }.EnsureAllowed("Development"));

    [Fact]
    public void EnsureAllowed_ACurrentVersionWithoutASecret_RefusesToStart() =>
        Assert.ThrowsAny<ArgumentException>(() => new PrivacyOptions { CurrentKeyVersion = 3 }.EnsureAllowed("Development"));

    [Fact]
    public void VersionOneIsRetired_ByABlankSecret_OnceALaterVersionExists()
    {
        var retired = new PrivacyOptions { ApplicantKeySecret = string.Empty, Keys = new() { ["2"] = "the second master secret, 32+ characters" } };

        retired.EnsureAllowed("Production");
        Assert.Equal([2], retired.ToKeyRing().Versions);
        Assert.Throws<InvalidOperationException>(() => new PrivacyOptions { ApplicantKeySecret = string.Empty }.EnsureAllowed("Development"));
    }

    [Fact]
    public void ToKeyRing_TheHighestVersionIsCurrentUnlessNamed()
    {
        var options = new PrivacyOptions { Keys = new() { ["2"] = "second", ["3"] = "third" } };

        Assert.Equal(3, options.ToKeyRing().CurrentVersion);
        options.CurrentKeyVersion = 2;
        Assert.Equal([2, 3, 1], options.ToKeyRing().Versions);
    }

    [Fact]
    public void EnsureAllowed_DevelopmentSecretInDevelopment_Starts() =>
        new PrivacyOptions().EnsureAllowed("Development");
}
