using Azure.Data.Tables;
using Reception.Storage.Tables;

namespace Reception.Storage.Tests.Tables;

/// <summary>The service's tables on the test run's Azurite.</summary>
internal static class AzuriteTables
{
    public static ReceptionTables Create() =>
        new(new TableServiceClient(Environment.GetEnvironmentVariable("RECEPTION_TEST_STORAGE") is { Length: > 0 } cs ? cs : "UseDevelopmentStorage=true"));
}
