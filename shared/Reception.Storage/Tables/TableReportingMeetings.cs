using System.Globalization;
using Azure.Data.Tables;
using Reception.Domain.Schedule;
using Reception.Workflow.Schedule;

namespace Reception.Storage.Tables;

/// <summary>Reporting meetings in a table: partition = month (<c>yyyy-MM</c>), row = date and official, so a month is one partition.</summary>
public sealed class TableReportingMeetings(ReceptionTables tables) : IReportingMeetings
{
    public async Task SaveAsync(ReportingMeeting meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        TableClient table = await tables.GetAsync(ReceptionTables.ReportingMeetingsTable);
        var entity = new TableEntity(Month(meeting.Date.Year, meeting.Date.Month), meeting.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "|" + Uri.EscapeDataString(meeting.OfficialId))
        {
            ["OfficialId"] = meeting.OfficialId,
            ["Date"] = meeting.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Place"] = meeting.Place,
        };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<IReadOnlyList<ReportingMeeting>> MonthAsync(int year, int month, CancellationToken cancellationToken)
    {
        TableClient table = await tables.GetAsync(ReceptionTables.ReportingMeetingsTable);
        var meetings = new List<ReportingMeeting>();
        await foreach (TableEntity row in table.QueryAsync<TableEntity>(e => e.PartitionKey == Month(year, month), cancellationToken: cancellationToken))
        {
            meetings.Add(new ReportingMeeting(
                row.GetString("OfficialId"),
                DateOnly.ParseExact(row.GetString("Date"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                row.GetString("Place")));
        }

        return [.. meetings.OrderBy(m => m.Date).ThenBy(m => m.OfficialId, StringComparer.Ordinal)];
    }

    private static string Month(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");
}
