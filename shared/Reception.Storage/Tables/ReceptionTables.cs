using Azure.Data.Tables;

namespace Reception.Storage.Tables;

/// <summary>The tables of the service, created once on first use.</summary>
public sealed class ReceptionTables
{
    public const string AppealsTable = "ReceptionAppeals";
    public const string IntakeTable = "ReceptionIntake";
    public const string CountersTable = "ReceptionCounters";
    public const string TrackingTable = "ReceptionTracking";
    public const string ApplicantsTable = "ReceptionApplicants";
    public const string ScheduleTable = "ReceptionSchedule";
    public const string SettingsTable = "ReceptionSettings";

    private static readonly string[] All = [AppealsTable, IntakeTable, CountersTable, TrackingTable, ApplicantsTable, ScheduleTable, SettingsTable];

    private readonly TableServiceClient service;
    private readonly Lock gate = new();
    private Task? creation;

    public ReceptionTables(TableServiceClient service) => this.service = service;

    /// <summary>The named table, after every table of the service exists.</summary>
    public async Task<TableClient> GetAsync(string name)
    {
        await EnsureCreatedAsync();
        return service.GetTableClient(name);
    }

    /// <summary>Creates every table once; a failed attempt (storage not up yet) is tried again by the next caller.</summary>
    public Task EnsureCreatedAsync()
    {
        lock (gate)
        {
            if (creation is null || creation.IsFaulted || creation.IsCanceled)
            {
                creation = Task.WhenAll(All.Select(name => service.CreateTableIfNotExistsAsync(name)));
            }

            return creation;
        }
    }
}
