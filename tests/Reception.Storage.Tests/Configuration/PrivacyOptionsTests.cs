using Reception.Storage.Configuration;

namespace Reception.Storage.Tests.Configuration;

public class PrivacyOptionsTests
{
    [Fact]
    public void EnsureAllowed_DevelopmentSecretInProduction_RefusesToStart() =>
        Assert.Throws<InvalidOperationException>(() => new PrivacyOptions().EnsureAllowed("Production"));

    [Fact]
    public void EnsureAllowed_OwnSecretInProduction_Starts() =>
        new PrivacyOptions { ApplicantKeySecret = "a secret of this deployment" }.EnsureAllowed("Production");

    [Fact]
    public void EnsureAllowed_DevelopmentSecretInDevelopment_Starts() =>
        new PrivacyOptions().EnsureAllowed("Development");
}
