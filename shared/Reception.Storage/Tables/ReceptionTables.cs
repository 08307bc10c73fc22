using Azure.Data.Tables;

namespace Reception.Storage.Tables;

/// <summary>
/// The tables of the service, created once on first use. Every name starts with a prefix
/// (configuration <c>Reception:Storage:TablePrefix</c>, default <c>Reception</c>), so several
/// deployments or test runs can share one account without sharing data.
/// </summary>
public sealed class ReceptionTables
{
    public const string DefaultPrefix = "Reception";
    public const string PrefixKey = "Reception:Storage:TablePrefix";

    public const string AppealsTable = "Appeals";
    public const string CountersTable = "Counters";
    public const string ApplicantsTable = "Applicants";
    public const string ScheduleTable = "Schedule";
    public const string SettingsTable = "Settings";
    public const string SurveysTable = "Surveys";
    public const string SentTable = "Sent";
    public const string WorklistTable = "Worklist";
    public const string ReportingMeetingsTable = "ReportingMeetings";
    public const string MaterialsRequestsTable = "MaterialsRequests";
    public const string DeadlineWakesTable = "DeadlineWakes";

    private static readonly string[] All = [AppealsTable, CountersTable, ApplicantsTable, ScheduleTable, SettingsTable, SurveysTable, SentTable, WorklistTable, ReportingMeetingsTable, MaterialsRequestsTable, DeadlineWakesTable];

    private readonly TableServiceClient service;
    private readonly string prefix;
    private readonly Lock gate = new();
    private Task? creation;

    public ReceptionTables(TableServiceClient service, string prefix = DefaultPrefix)
    {
        this.service = service;
        this.prefix = prefix;
    }

    /// <summary>The table of that role (e.g. <see cref="AppealsTable"/>), after every table of the service exists.</summary>
    public async Task<TableClient> GetAsync(string table)
    {
        await EnsureCreatedAsync();
        return service.GetTableClient(prefix + table);
    }

    /// <summary>Creates every table once; a failed attempt (storage not up yet) is tried again by the next caller.</summary>
    public Task EnsureCreatedAsync()
    {
        lock (gate)
        {
            if (creation is null || creation.IsFaulted || creation.IsCanceled)
            {
                creation = Task.WhenAll(All.Select(table => service.CreateTableIfNotExistsAsync(prefix + table)));
            }

            return creation;
        }
    }
}
