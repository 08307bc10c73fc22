using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Reception.Workflow.Deadlines;

namespace Reception.Storage.Tables;

/// <summary>
/// Wake rows in one partition, keyed by wake time then instance: the due ones are one range query
/// (<c>RowKey</c> below now), earliest first. An office has a few thousand open appeals, so one
/// partition holds them all.
/// </summary>
public sealed class TableDeadlineWakes(ReceptionTables tables) : IDeadlineWakes
{
    private const string Partition = "wake";

    // Fixed width, so the keys sort as the instants do; '|' sorts below '~', which closes a range at a second.
    private const string StampFormat = "yyyyMMdd'T'HHmmss'Z'";

    public async Task BookAsync(string instanceId, DateTime wakeAtUtc, CancellationToken cancellationToken)
    {
        TableClient table = await tables.GetAsync(ReceptionTables.DeadlineWakesTable);
        var row = new TableEntity(Partition, RowKeyOf(instanceId, wakeAtUtc))
        {
            ["InstanceId"] = instanceId,
            ["WakeAt"] = DateTime.SpecifyKind(wakeAtUtc, DateTimeKind.Utc),
        };
        await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<IReadOnlyList<DeadlineWake>> DueAsync(DateTime nowUtc, int max, CancellationToken cancellationToken)
    {
        TableClient table = await tables.GetAsync(ReceptionTables.DeadlineWakesTable);
        string before = Stamp(nowUtc) + "~";
        var due = new List<DeadlineWake>();
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey lt {before}");
        await foreach (TableEntity row in table.QueryAsync<TableEntity>(filter, maxPerPage: max, cancellationToken: cancellationToken))
        {
            due.Add(new DeadlineWake(row.GetString("InstanceId"), row.GetDateTime("WakeAt")!.Value, row.ETag.ToString()));
            if (due.Count >= max)
            {
                break;
            }
        }

        return due;
    }

    public async Task RemoveAsync(DeadlineWake wake, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wake);
        TableClient table = await tables.GetAsync(ReceptionTables.DeadlineWakesTable);
        try
        {
            await table.DeleteEntityAsync(Partition, RowKeyOf(wake.InstanceId, wake.WakeAtUtc), new ETag(wake.Version), cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Gone already (another sweep), or booked again since it was read: either way not ours to remove.
        }
    }

    private static string RowKeyOf(string instanceId, DateTime wakeAtUtc) => Stamp(wakeAtUtc) + "|" + instanceId;

    private static string Stamp(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString(StampFormat, CultureInfo.InvariantCulture);
}
