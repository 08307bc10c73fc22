using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Azure.Data.Tables;
using Reception.Workflow.Ports;

namespace Reception.Storage.Tables;

/// <summary>
/// Report counters in shards: partition = quarter + shard (by appeal), so concurrent appeals rarely
/// touch the same row. A step's increments and its marker row (<c>m|appeal|step</c>) are one
/// table transaction: a step counted twice finds its marker and counts nothing. A quarter's
/// report reads the counter rows of its 16 shards, whatever the number of appeals.
/// </summary>
public sealed class TableReportCounters(ReceptionTables tables) : IReportCounters
{
    public const int Shards = 16;
    private const int MaxAttempts = 20;

    public async Task AddAsync(DateOnly day, string appealId, string stepKey, IReadOnlyDictionary<string, long> increments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(increments);
        TableClient table = await tables.GetAsync(ReceptionTables.CountersTable);
        string partition = $"{Quarter(day.Year, (day.Month + 2) / 3)}-{Shard(appealId):D2}";
        string marker = $"m|{appealId}|{stepKey}";
        for (int attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if ((await table.GetEntityIfExistsAsync<TableEntity>(partition, marker, cancellationToken: cancellationToken)).HasValue)
            {
                return;
            }

            Dictionary<string, TableEntity> current = await CountersAsync(table, partition, cancellationToken);
            List<TableTransactionAction> actions = [new(TableTransactionActionType.Add, new TableEntity(partition, marker))];
            foreach ((string name, long by) in increments)
            {
                string row = "c|" + name;
                actions.Add(current.TryGetValue(row, out TableEntity? existing)
                    ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, new TableEntity(partition, row) { ["Value"] = existing.GetInt64("Value")!.Value + by }, existing.ETag)
                    : new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(partition, row) { ["Value"] = by }));
            }

            try
            {
                await table.SubmitTransactionAsync(actions, cancellationToken);
                return;
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412)
            {
                // another step of this shard counted meanwhile, or this one was counted: look again
            }
        }

        throw new InvalidOperationException($"Counters of {partition} kept changing; step {stepKey} of {appealId} was not counted.");
    }

    public async Task<IReadOnlyDictionary<string, long>> QuarterAsync(int year, int quarter, CancellationToken cancellationToken)
    {
        TableClient table = await tables.GetAsync(ReceptionTables.CountersTable);
        var totals = new Dictionary<string, long>(StringComparer.Ordinal);
        IEnumerable<Task<Dictionary<string, TableEntity>>> shards = Enumerable.Range(0, Shards)
            .Select(s => CountersAsync(table, $"{Quarter(year, quarter)}-{s:D2}", cancellationToken));
        foreach (Dictionary<string, TableEntity> shard in await Task.WhenAll(shards))
        {
            foreach ((string row, TableEntity entity) in shard)
            {
                string name = row[2..];
                totals[name] = totals.GetValueOrDefault(name) + entity.GetInt64("Value")!.Value;
            }
        }

        return totals;
    }

    private static async Task<Dictionary<string, TableEntity>> CountersAsync(TableClient table, string partition, CancellationToken cancellationToken)
    {
        var counters = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {"c|"} and RowKey lt {"c}"}");
        await foreach (TableEntity entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            counters[entity.RowKey] = entity;
        }

        return counters;
    }

    private static string Quarter(int year, int quarter) => string.Create(CultureInfo.InvariantCulture, $"report-{year}Q{quarter}");

    // Stable across processes and releases (string.GetHashCode is not).
    private static int Shard(string appealId) => (int)(XxHash32.HashToUInt32(Encoding.UTF8.GetBytes(appealId)) % Shards);
}
