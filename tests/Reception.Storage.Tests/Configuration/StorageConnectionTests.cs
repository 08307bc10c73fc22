using Microsoft.Extensions.Configuration;
using Reception.Storage.Configuration;

namespace Reception.Storage.Tests.Configuration;

public class StorageConnectionTests
{
    private static IConfiguration Settings(params (string Key, string Value)[] pairs) =>
        new ConfigurationBuilder().AddInMemoryCollection(pairs.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))).Build();

    [Fact]
    public void FromConfiguration_LocalConnectionString_IsUsed()
    {
        StorageConnection connection = StorageConnection.FromConfiguration(Settings(("AzureWebJobsStorage", "UseDevelopmentStorage=true")));

        Assert.Equal("UseDevelopmentStorage=true", connection.ConnectionString);
    }

    [Fact]
    public void FromConfiguration_AzureIdentitySettings_UseServiceUriAndClientId()
    {
        // What infra/app/function.bicep sets, as environment variables become configuration keys.
        StorageConnection connection = StorageConnection.FromConfiguration(Settings(
            ("AzureWebJobsStorage:accountName", "streception1"),
            ("AzureWebJobsStorage:credential", "managedidentity"),
            ("AzureWebJobsStorage:clientId", "00000000-0000-0000-0000-000000000001"),
            ("AzureWebJobsStorage:tableServiceUri", "https://streception1.table.core.windows.net")));

        Assert.Null(connection.ConnectionString);
        Assert.Equal(new Uri("https://streception1.table.core.windows.net"), connection.TableServiceUri);
        Assert.Equal("00000000-0000-0000-0000-000000000001", connection.ClientId);
        Assert.NotNull(connection.CreateTableServiceClient());
    }

    [Fact]
    public void FromConfiguration_ReceptionSettingWins_OverFunctionsConvention()
    {
        StorageConnection connection = StorageConnection.FromConfiguration(Settings(
            ("Reception:Storage:ConnectionString", "UseDevelopmentStorage=true;DevelopmentStorageProxyUri=http://127.0.0.1"),
            ("AzureWebJobsStorage", "UseDevelopmentStorage=true")));

        Assert.StartsWith("UseDevelopmentStorage=true;Development", connection.ConnectionString, StringComparison.Ordinal);
    }

    [Fact]
    public void FromConfiguration_Nothing_FailsNamingTheSettings() =>
        Assert.Contains("AzureWebJobsStorage", Assert.Throws<InvalidOperationException>(() => StorageConnection.FromConfiguration(Settings())).Message, StringComparison.Ordinal);
}
