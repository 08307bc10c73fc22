using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Reception.Workflow.Reports;

namespace Reception.Storage.Tables;

/// <summary>
/// Report counters in shards: partition = quarter + shard (by appeal), so concurrent appeals rarely
/// touch the same row. Each shard keeps all its counters in ONE entity (<see cref="CountersRow"/>),
/// and a counted step leaves a marker row (<c>m|appeal|step</c>) beside it; the marker and the new
/// counters are one table transaction guarded by the entity's ETag, so a step counted twice finds
/// its marker and counts nothing, and two steps never overwrite each other.
/// A quarter's report is 16 point reads, whatever the number of appeals or markers: point reads
/// are indexed everywhere, while a filtered query scans the whole table on Azurite.
/// </summary>
public sealed class TableReportCounters(ReceptionTables tables) : IReportCounters
{
    public const int Shards = 16;
    private const int MaxAttempts = 20;
    private const string CountersRow = "counters";

    public async Task AddAsync(DateOnly day, string appealId, string stepKey, IReadOnlyDictionary<string, long> increments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(increments);
        TableClient table = await tables.GetAsync(ReceptionTables.CountersTable);
        string partition = Partition(Quarter(day.Year, (day.Month + 2) / 3), Shard(appealId));
        string marker = $"m|{appealId}|{stepKey}";
        for (int attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if ((await table.GetEntityIfExistsAsync<TableEntity>(partition, marker, cancellationToken: cancellationToken)).HasValue)
            {
                return;
            }

            NullableResponse<TableEntity> current = await table.GetEntityIfExistsAsync<TableEntity>(partition, CountersRow, cancellationToken: cancellationToken);
            Dictionary<string, long> counters = current.HasValue ? CounterEntity.Read(current.Value!) : new(StringComparer.Ordinal);
            foreach ((string name, long by) in increments)
            {
                counters[name] = counters.GetValueOrDefault(name) + by;
            }

            TableEntity updated = CounterEntity.Write(partition, CountersRow, counters);
            List<TableTransactionAction> actions =
            [
                new(TableTransactionActionType.Add, new TableEntity(partition, marker)),
                current.HasValue
                    ? new(TableTransactionActionType.UpdateReplace, updated, current.Value!.ETag)
                    : new(TableTransactionActionType.Add, updated),
            ];
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
        IEnumerable<Task<NullableResponse<TableEntity>>> reads = Enumerable.Range(0, Shards)
            .Select(s => table.GetEntityIfExistsAsync<TableEntity>(Partition(Quarter(year, quarter), s), CountersRow, cancellationToken: cancellationToken));
        var totals = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (NullableResponse<TableEntity> shard in await Task.WhenAll(reads))
        {
            if (!shard.HasValue)
            {
                continue;
            }

            foreach ((string name, long value) in CounterEntity.Read(shard.Value!))
            {
                totals[name] = totals.GetValueOrDefault(name) + value;
            }
        }

        return totals;
    }

    private static string Partition(string quarter, int shard) => string.Create(CultureInfo.InvariantCulture, $"{quarter}-{shard:D2}");

    private static string Quarter(int year, int quarter) => string.Create(CultureInfo.InvariantCulture, $"report-{year}Q{quarter}");

    // Stable across processes and releases (string.GetHashCode is not).
    private static int Shard(string appealId) => (int)(XxHash32.HashToUInt32(Encoding.UTF8.GetBytes(appealId)) % Shards);
}
