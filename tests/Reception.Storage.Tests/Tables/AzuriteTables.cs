using Azure.Data.Tables;
using Reception.Storage.Tables;

namespace Reception.Storage.Tests.Tables;

/// <summary>The service's tables on the test run's Azurite.</summary>
internal static class AzuriteTables
{
    private static TableServiceClient Service() =>
        new(Environment.GetEnvironmentVariable("RECEPTION_TEST_STORAGE") is { Length: > 0 } cs ? cs : "UseDevelopmentStorage=true");

    public static ReceptionTables Create() => new(Service());

    /// <summary>The personal data store beside <see cref="Create"/>'s tables.</summary>
    public static TablePersonalDataStore PersonalData() => new(Service(), ReceptionTables.DefaultPrefix + TablePersonalDataStore.TableRole);
}
