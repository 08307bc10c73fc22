using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Reception.Storage.Serialization;
using Reception.Workflow.Schedule;

namespace Reception.Storage.Tables;

/// <summary>
/// Reception days in a table: partition = official, row = date, so an official's days are one
/// range query; bookings live in the day's row and change under its ETag, so two bookings at
/// the same moment cannot take the same slot.
/// </summary>
public sealed class TableScheduleStore(ReceptionTables tables) : IScheduleStore
{
    private const string RestrictiveMeasuresRow = "restrictiveMeasures";

    /// <summary>Saves of one day that found it changed under them before giving up; far more than bookings at one moment make.</summary>
    private const int MaxSaveAttempts = 10;

    public async Task SaveDayAsync(ScheduledDay day, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(day);
        TableClient table = await tables.GetAsync(ReceptionTables.ScheduleTable);

        // The day's bookings and its absence (R14) are the workflows' and the absence's, not the
        // office form's: kept as stored, and written only over the version read, so a booking made
        // meanwhile is never lost (read again and retried).
        for (int attempt = 0; attempt < MaxSaveAttempts; attempt++)
        {
            ScheduledDay? existing = await FindDayAsync(day.OfficialId, day.Date, cancellationToken);
            if (existing is null)
            {
                try
                {
                    await table.AddEntityAsync(ToEntity(day with { Bookings = [], AbsenceReason = null }), cancellationToken);
                    return;
                }
                catch (RequestFailedException ex) when (ex.Status == 409)
                {
                    continue; // added meanwhile: read it and keep what it holds
                }
            }

            if (await TryReplaceAsync(day with { Bookings = existing.Bookings, AbsenceReason = existing.AbsenceReason, ETag = existing.ETag }, cancellationToken))
            {
                return;
            }
        }

        throw new InvalidOperationException($"The day {day.Date:yyyy-MM-dd} of {day.OfficialId} kept changing while it was saved.");
    }

    public async Task<ScheduledDay?> FindDayAsync(string officialId, DateOnly date, CancellationToken cancellationToken)
    {
        TableClient table = await tables.GetAsync(ReceptionTables.ScheduleTable);
        NullableResponse<TableEntity> row = await table.GetEntityIfExistsAsync<TableEntity>(officialId, Key(date), cancellationToken: cancellationToken);
        return row.HasValue ? FromEntity(row.Value!) : null;
    }

    public async Task<IReadOnlyList<ScheduledDay>> DaysFromAsync(string? officialId, DateOnly from, CancellationToken cancellationToken)
    {
        TableClient table = await tables.GetAsync(ReceptionTables.ScheduleTable);
        string filter = officialId is null
            ? TableClient.CreateQueryFilter($"RowKey ge {Key(from)}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {officialId} and RowKey ge {Key(from)}");
        return [.. (await QueryAsync(table, filter, cancellationToken)).OrderBy(d => d.Date).ThenBy(d => d.OfficialId, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<ScheduledDay>> MonthAsync(int year, int month, CancellationToken cancellationToken)
    {
        TableClient table = await tables.GetAsync(ReceptionTables.ScheduleTable);
        var first = new DateOnly(year, month, 1);
        string filter = TableClient.CreateQueryFilter($"RowKey ge {Key(first)} and RowKey lt {Key(first.AddMonths(1))}");
        return (await QueryAsync(table, filter, cancellationToken)).OrderBy(d => d.Date).ThenBy(d => d.Start).ToList();
    }

    public Task<bool> TryReplaceBookingsAsync(ScheduledDay day, IReadOnlyList<DayBooking> bookings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(day);
        return TryReplaceAsync(day with { Bookings = bookings }, cancellationToken);
    }

    public Task<bool> TryMarkAbsentAsync(ScheduledDay day, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(day);
        return TryReplaceAsync(day with { AbsenceReason = reason }, cancellationToken);
    }

    public async Task<bool> RestrictiveMeasuresActiveAsync(CancellationToken cancellationToken) =>
        (await RestrictiveMeasuresAsync(cancellationToken)).Active;

    public async Task<RestrictiveMeasuresState> RestrictiveMeasuresAsync(CancellationToken cancellationToken)
    {
        TableClient table = await tables.GetAsync(ReceptionTables.SettingsTable);
        NullableResponse<TableEntity> row = await table.GetEntityIfExistsAsync<TableEntity>(RestrictiveMeasuresRow, string.Empty, cancellationToken: cancellationToken);
        return row.HasValue
            ? new RestrictiveMeasuresState(row.Value!.GetBoolean("Active") == true, row.Value.GetString("Reason"))
            : new RestrictiveMeasuresState(false, null);
    }

    public async Task SetRestrictiveMeasuresAsync(bool active, string reason, CancellationToken cancellationToken)
    {
        TableClient table = await tables.GetAsync(ReceptionTables.SettingsTable);
        await table.UpsertEntityAsync(
            new TableEntity(RestrictiveMeasuresRow, string.Empty) { ["Active"] = active, ["Reason"] = reason },
            TableUpdateMode.Replace,
            cancellationToken);
    }

    /// <summary>Stores the changed day if the stored one is still the version it was read as (its ETag).</summary>
    private async Task<bool> TryReplaceAsync(ScheduledDay changed, CancellationToken cancellationToken)
    {
        TableClient table = await tables.GetAsync(ReceptionTables.ScheduleTable);
        try
        {
            await table.UpdateEntityAsync(ToEntity(changed), new ETag(changed.ETag!), TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return false;
        }
    }

    private static async Task<IReadOnlyList<ScheduledDay>> QueryAsync(TableClient table, string filter, CancellationToken cancellationToken)
    {
        var days = new List<ScheduledDay>();
        await foreach (TableEntity entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            days.Add(FromEntity(entity));
        }

        return days;
    }

    private static string Key(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static TableEntity ToEntity(ScheduledDay day) => new(day.OfficialId, Key(day.Date))
    {
        ["Day"] = JsonSerializer.Serialize(day with { ETag = null }, StoredJson.Options),
    };

    private static ScheduledDay FromEntity(TableEntity entity) =>
        JsonSerializer.Deserialize<ScheduledDay>(entity.GetString("Day"), StoredJson.Options)! with { ETag = entity.ETag.ToString() };
}
