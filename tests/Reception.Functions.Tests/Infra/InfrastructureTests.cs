using System.Text.Json;

namespace Reception.Functions.Tests.Infra;

/// <summary>What an akimat's IT team must be able to trust in what <c>azd up</c> creates.</summary>
public class InfrastructureTests(CompiledInfrastructure infra) : IClassFixture<CompiledInfrastructure>
{
    [Fact]
    public void MainBicep_BuildsWithNoErrorsAndNoLinterWarnings()
    {
        Assert.True(infra.ExitCode == 0, infra.Diagnostics);
        Assert.True(string.IsNullOrWhiteSpace(infra.Diagnostics), infra.Diagnostics);
    }

    [Fact]
    public void MainBicep_IsSubscriptionScopedAndCreatesTheResourceGroup()
    {
        Assert.Contains("subscriptionDeploymentTemplate", infra.Root.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        Assert.Single(infra.OfType("Microsoft.Resources/resourceGroups"));
    }

    [Fact]
    public void Storage_SharedKeysOff_Tls12_HttpsOnly_NoPublicBlobAccess()
    {
        JsonElement properties = infra.OfType("Microsoft.Storage/storageAccounts").Single().GetProperty("properties");

        Assert.False(properties.GetProperty("allowSharedKeyAccess").GetBoolean());
        Assert.Equal("TLS1_2", properties.GetProperty("minimumTlsVersion").GetString());
        Assert.True(properties.GetProperty("supportsHttpsTrafficOnly").GetBoolean());
        Assert.False(properties.GetProperty("allowBlobPublicAccess").GetBoolean());
    }

    [Fact]
    public void FunctionApp_HttpsOnly_Tls12_FtpDisabled()
    {
        JsonElement site = infra.OfType("Microsoft.Web/sites").Single();
        JsonElement properties = site.GetProperty("properties");

        Assert.True(properties.GetProperty("httpsOnly").GetBoolean());
        Assert.Equal("1.2", properties.GetProperty("siteConfig").GetProperty("minTlsVersion").GetString());
        Assert.Equal("Disabled", properties.GetProperty("siteConfig").GetProperty("ftpsState").GetString());
        Assert.All(
            infra.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies"),
            policy => Assert.False(policy.GetProperty("properties").GetProperty("allow").GetBoolean()));
        Assert.Equal(2, infra.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies").Count);
    }

    [Fact]
    public void FunctionApp_FlexConsumption_DotNet10Isolated_AlwaysReadyForDurable()
    {
        JsonElement config = infra.OfType("Microsoft.Web/sites").Single().GetProperty("properties").GetProperty("functionAppConfig");

        Assert.Equal("FlexConsumption", infra.OfType("Microsoft.Web/serverfarms").Single().GetProperty("sku").GetProperty("tier").GetString());
        Assert.Equal("dotnet-isolated", config.GetProperty("runtime").GetProperty("name").GetString());
        Assert.Equal("10.0", config.GetProperty("runtime").GetProperty("version").GetString());
        Assert.Contains(config.GetProperty("scaleAndConcurrency").GetProperty("alwaysReady").EnumerateArray(), r => r.GetProperty("name").GetString() == "durable");
    }

    [Theory]
    [InlineData("ba92f5b4-2d11-453d-a403-e96b0029c9fe")] // Storage Blob Data Contributor
    [InlineData("974c5e8b-45b9-4653-ba55-5f855dd0fb88")] // Storage Queue Data Contributor
    [InlineData("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3")] // Storage Table Data Contributor
    public void Storage_DataRoles_AreAssignedToTheAppIdentity(string roleId)
    {
        JsonElement storage = infra.Module("storage");
        JsonElement assignment = storage.GetProperty("resources").EnumerateArray()
            .Single(r => r.GetProperty("type").GetString() == "Microsoft.Authorization/roleAssignments");

        Assert.Contains(roleId, storage.GetProperty("variables").GetRawText(), StringComparison.Ordinal);
        Assert.Contains("dataRoles", assignment.GetProperty("copy").GetProperty("count").GetRawText(), StringComparison.Ordinal);
        Assert.Contains("dataContributorPrincipalId", assignment.GetProperty("properties").GetProperty("principalId").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AppSettings_SecretsOnlyAsKeyVaultReferences()
    {
        List<(string Name, string Value)> settings = AppSettings();
        List<(string Name, string Value)> secrets = settings
            .Where(s => s.Name.Contains("Reception__Auth__", StringComparison.Ordinal) || s.Name.Contains("Reception__Privacy__", StringComparison.Ordinal)
                || s.Name == "MICROSOFT_PROVIDER_AUTHENTICATION_SECRET")
            .Where(s => s.Name != "Reception__Auth__TrustPlatformPrincipal") // a switch, not a secret
            .ToList();

        // The webhook secret, and the API keys as one copy loop over the roles.
        Assert.Contains(secrets, s => s.Name == "Reception__Auth__EgovWebhookSecret");
        Assert.Contains(secrets, s => s.Name == "Reception__Privacy__ApplicantKeySecret");
        Assert.Contains(secrets, s => s.Name.Contains("Reception__Auth__Keys__{0}__0", StringComparison.Ordinal));
        Assert.All(secrets, s => Assert.Contains("@Microsoft.KeyVault(SecretUri=", s.Value, StringComparison.Ordinal));
        // Keys only for the machines: outside Development people sign in (a staff role's key is 401).
        Assert.Equal(
            Reception.Workflow.Appeals.Roles.All.Except(Reception.Workflow.Appeals.Roles.Staff),
            infra.Root.GetProperty("variables").GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public void KeyVault_HasPurgeProtection()
    {
        JsonElement vault = infra.OfType("Microsoft.KeyVault/vaults").Single();

        Assert.True(vault.GetProperty("properties").GetProperty("enablePurgeProtection").GetBoolean());
    }

    [Fact]
    public void StaffSignIn_EntraIdThroughAppServiceAuthentication_AndTheApiTrustsItsPrincipalOnlyThen()
    {
        JsonElement auth = infra.OfType("Microsoft.Web/sites/config").Single(c => c.GetProperty("name").GetString()!.Contains("authsettingsV2", StringComparison.Ordinal));
        JsonElement properties = auth.GetProperty("properties");

        Assert.Contains("entraClientId", auth.GetProperty("condition").GetString(), StringComparison.Ordinal);
        Assert.True(properties.GetProperty("platform").GetProperty("enabled").GetBoolean());
        Assert.Equal("AllowAnonymous", properties.GetProperty("globalValidation").GetProperty("unauthenticatedClientAction").GetString()); // keys and the applicant's page
        Assert.True(properties.GetProperty("identityProviders").GetProperty("azureActiveDirectory").GetProperty("enabled").GetBoolean());
        (string _, string trust) = AppSettings().Single(s => s.Name == "Reception__Auth__TrustPlatformPrincipal");
        Assert.Contains("entraClientId", trust, StringComparison.Ordinal);
    }

    [Fact]
    public void AppSettings_NoConnectionStringWithAKey()
    {
        List<(string Name, string Value)> settings = AppSettings();

        Assert.DoesNotContain(settings, s => s.Name.Trim('\'') == "AzureWebJobsStorage");
        Assert.All(settings, s =>
        {
            Assert.DoesNotContain("AccountKey", s.Value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("SharedAccessSignature", s.Value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("listKeys", s.Value, StringComparison.OrdinalIgnoreCase);
        });
        Assert.Contains(settings, s => s.Name == "AzureWebJobsStorage__credential" && s.Value == "managedidentity");
    }

    [Fact]
    public void KeyVault_UsesRbacAndTheAppMayReadSecrets()
    {
        JsonElement vault = infra.OfType("Microsoft.KeyVault/vaults").Single();

        Assert.True(vault.GetProperty("properties").GetProperty("enableRbacAuthorization").GetBoolean());
        Assert.Contains("4633458b-17de-408a-b874-0445c86b69e6", infra.Module("keyvault").GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("deadline-missed", "reception.deadlines", "missed")]
    [InlineData("poisoned-messages", "reception.starts.depth", "poison")]
    [InlineData("storage-unreachable", "requests", "503")]
    public void Alerts_OnTheAppsTelemetry_GoToTheOperators(string name, string source, string condition)
    {
        // One rule per entry of the module's `alerts` (a copy loop), each sent to the one action group.
        JsonElement module = infra.Module("alerts");
        JsonElement alert = module.GetProperty("variables").GetProperty("alerts").EnumerateArray().Single(a => a.GetProperty("name").GetString() == name);
        JsonElement rules = module.GetProperty("resources").EnumerateArray()
            .Single(r => r.GetProperty("type").GetString() == "Microsoft.Insights/scheduledQueryRules");
        JsonElement criterion = rules.GetProperty("properties").GetProperty("criteria").GetProperty("allOf")[0];

        Assert.Contains(source, alert.GetProperty("query").GetString(), StringComparison.Ordinal);
        Assert.Contains(condition, alert.GetProperty("query").GetString(), StringComparison.Ordinal);
        Assert.Equal(("GreaterThan", 0), (criterion.GetProperty("operator").GetString(), criterion.GetProperty("threshold").GetInt32()));
        Assert.Contains("alerts", rules.GetProperty("copy").GetProperty("count").GetString(), StringComparison.Ordinal);
        Assert.Single(infra.OfType("Microsoft.Insights/actionGroups"));
    }

    [Fact]
    public void Outputs_AreUpperSnakeCase() =>
        Assert.All(infra.Root.GetProperty("outputs").EnumerateObject(), o => Assert.Matches("^[A-Z][A-Z0-9_]*$", o.Name));

    // Every { name, value } pair the function module puts into app settings (variables and copy loops).
    private List<(string Name, string Value)> AppSettings()
    {
        JsonElement function = infra.Module("function");
        var pairs = new List<(string, string)>();
        Collect(function.GetProperty("variables"), pairs);
        return pairs;
    }

    private static void Collect(JsonElement element, List<(string, string)> pairs)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (element.TryGetProperty("name", out JsonElement name) && element.TryGetProperty("value", out JsonElement value)
                    && name.ValueKind == JsonValueKind.String && value.ValueKind == JsonValueKind.String)
                {
                    pairs.Add((name.GetString()!, value.GetString()!));
                }

                foreach (JsonProperty property in element.EnumerateObject())
                {
                    Collect(property.Value, pairs);
                }

                break;
            case JsonValueKind.Array:
                foreach (JsonElement item in element.EnumerateArray())
                {
                    Collect(item, pairs);
                }

                break;
        }
    }
}
