using Reception.Api.Auth;

namespace Reception.Workflow.Tests.Auth;

public class AuthStartChecksTests
{
    private const string LongKey = "k3y-0f-th3-c4ll-c3ntr3-5y5t3m-0123456789";

    [Fact]
    public void TrustingThePlatformPrincipal_WithoutAppServiceAuthentication_RefusesToStart()
    {
        var options = new AuthOptions { TrustPlatformPrincipal = true };

        foreach (string? websiteAuth in new[] { null, string.Empty, "False" })
        {
            string message = Assert.Throws<InvalidOperationException>(() => AuthStartChecks.Ensure(options, "Production", websiteAuth)).Message;
            Assert.Contains("WEBSITE_AUTH_ENABLED", message, StringComparison.Ordinal);
        }

        // Even in Development: a header anyone can send must never name a role there either.
        Assert.Throws<InvalidOperationException>(() => AuthStartChecks.Ensure(options, "Development", null));
    }

    [Fact]
    public void TrustingThePlatformPrincipal_BehindAppServiceAuthentication_Starts() =>
        AuthStartChecks.Ensure(new AuthOptions { TrustPlatformPrincipal = true }, "Production", "True");

    [Theory]
    [InlineData("short-key")]
    [InlineData("0123456789012345678901234567890")] // 31
    public void AKeyShorterThan32Characters_OutsideDevelopment_RefusesToStart(string key)
    {
        var options = new AuthOptions { Keys = new(StringComparer.OrdinalIgnoreCase) { ["callcenter"] = [LongKey, key] } };

        Assert.Contains("at least 32", Assert.Throws<InvalidOperationException>(() => AuthStartChecks.Ensure(options, "Production", null)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AShortWebhookSecret_OutsideDevelopment_RefusesToStart() =>
        Assert.Throws<InvalidOperationException>(() => AuthStartChecks.Ensure(new AuthOptions { EgovWebhookSecret = "s3cr3t" }, "Production", null));

    [Fact]
    public void LongKeysOutsideDevelopment_AndShortOnesInDevelopment_Start()
    {
        AuthStartChecks.Ensure(new AuthOptions { Keys = new(StringComparer.OrdinalIgnoreCase) { ["callcenter"] = [LongKey] }, EgovWebhookSecret = LongKey }, "Production", null);
        AuthStartChecks.Ensure(new AuthOptions { Keys = new(StringComparer.OrdinalIgnoreCase) { ["office"] = ["dev-office"] } }, "Development", null);
    }

    [Theory]
    [InlineData("office")]
    [InlineData("department")]
    [InlineData("head")]
    [InlineData("official")]
    [InlineData("reports")]
    public void OutsideDevelopment_AKeyNeverActsAsAPerson(string role)
    {
        Assert.False(AuthStartChecks.KeyMayActAs(role, "Production"));
        Assert.True(AuthStartChecks.KeyMayActAs(role, "Development"));
    }

    [Theory]
    [InlineData("egov")]
    [InlineData("callcenter")]
    [InlineData("operator")]
    public void OutsideDevelopment_MachinesStillUseKeys(string role) => Assert.True(AuthStartChecks.KeyMayActAs(role, "Production"));
}
