using Reception.Api.Auth;

namespace Reception.Workflow.Tests.Auth;

public class DevelopmentCredentialsTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void EnsureAllowed_DevelopmentKeyOutsideDevelopment_RefusesToStart(string environment)
    {
        var options = new AuthOptions { Keys = new(StringComparer.OrdinalIgnoreCase) { ["office"] = ["dev-office"] } };

        Assert.Contains(environment, Assert.Throws<InvalidOperationException>(() => DevelopmentCredentials.EnsureAllowed(options, environment)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnsureAllowed_DevelopmentWebhookSecretInProduction_RefusesToStart() =>
        Assert.Throws<InvalidOperationException>(() => DevelopmentCredentials.EnsureAllowed(new AuthOptions { EgovWebhookSecret = "dev-egov-secret" }, "Production"));

    [Fact]
    public void EnsureAllowed_RealKeysInProduction_Starts() =>
        DevelopmentCredentials.EnsureAllowed(new AuthOptions { Keys = new(StringComparer.OrdinalIgnoreCase) { ["office"] = ["k3y-0f-th3-0ff1c3"] }, EgovWebhookSecret = "s3cr3t" }, "Production");

    [Fact]
    public void EnsureAllowed_DevelopmentKeysInDevelopment_Start() =>
        DevelopmentCredentials.EnsureAllowed(new AuthOptions { Keys = new(StringComparer.OrdinalIgnoreCase) { ["office"] = ["dev-office"] } }, "Development");
}
