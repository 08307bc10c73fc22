using Azure;
using Azure.Data.Tables;
using Reception.Workflow.Appeals;
using Reception.Workflow.Intake;

namespace Reception.Storage.Tables;

/// <summary>
/// Appeals in one table, one entity each (<see cref="AppealEntityMapper"/>): a status and the
/// history step that explains it are written in one conditional replace, so neither exists
/// without the other, and a step key already in the history is never recorded again.
/// </summary>
public sealed class TableAppealStore(ReceptionTables tables) : IAppealStore
{
    private const int MaxAttempts = 10;

    public async Task<AppealRecord?> CreateIfAbsentAsync(AppealRecord appeal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        if (appeal.History.Count != 1)
        {
            throw new ArgumentException($"A new appeal has exactly one history step (it has {appeal.History.Count}).", nameof(appeal));
        }

        TableClient table = await tables.GetAsync(ReceptionTables.AppealsTable);
        try
        {
            await table.AddEntityAsync(AppealEntityMapper.ToEntity(appeal, [new KeyedStep(IntakeService.ReceivedStep, appeal.History[0])]), cancellationToken);
            return null;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Stored earlier: by a repeat of the same request, or (rarely) another request with the same ids.
            return await FindAsync(appeal.AppealId, cancellationToken)
                ?? throw new InvalidOperationException($"Appeal {appeal.AppealId} conflicts with a stored appeal that cannot be read.", ex);
        }
    }

    public async Task<bool> ExistsAsync(string appealId, CancellationToken cancellationToken)
    {
        TableClient table = await tables.GetAsync(ReceptionTables.AppealsTable);
        return (await table.GetEntityIfExistsAsync<TableEntity>(appealId, AppealEntityMapper.RowKeyOf(appealId), select: ["PartitionKey"], cancellationToken: cancellationToken)).HasValue;
    }

    public async Task<AppealRecord?> FindAsync(string appealId, CancellationToken cancellationToken)
    {
        TableClient table = await tables.GetAsync(ReceptionTables.AppealsTable);
        TableEntity? row = await ReadAsync(table, appealId, cancellationToken);
        return row is null ? null : AppealEntityMapper.ToRecord(row).Appeal;
    }

    public async IAsyncEnumerable<AppealRecord> AllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        TableClient table = await tables.GetAsync(ReceptionTables.AppealsTable);
        await foreach (TableEntity row in table.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
        {
            yield return AppealEntityMapper.ToRecord(row).Appeal;
        }
    }

    public async Task<AppealRecord> ApplyStepAsync(
        string appealId, string stepKey, Func<AppealRecord, AppealRecord> change, HistoryStep step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        TableClient table = await tables.GetAsync(ReceptionTables.AppealsTable);
        for (int attempt = 0; attempt < MaxAttempts; attempt++)
        {
            TableEntity row = await ReadAsync(table, appealId, cancellationToken)
                ?? throw new InvalidOperationException($"Appeal {appealId} is not stored.");
            (AppealRecord current, List<KeyedStep> history) = AppealEntityMapper.ToRecord(row);
            if (history.Any(h => h.Key == stepKey))
            {
                return current; // this step was recorded by an earlier run
            }

            AppealRecord changed = change(current);
            List<KeyedStep> recorded = [.. history, new KeyedStep(stepKey, step)];
            try
            {
                // The state and its explaining step change together, or not at all.
                await table.UpdateEntityAsync(AppealEntityMapper.ToEntity(changed, recorded), row.ETag, TableUpdateMode.Replace, cancellationToken);
                return changed with { History = AppealEntityMapper.InKeyOrder(recorded) };
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                // Someone changed the appeal meanwhile (perhaps recording this very step): read again.
            }
        }

        throw new InvalidOperationException($"Appeal {appealId} kept changing; step {stepKey} was not recorded after {MaxAttempts} attempts.");
    }

    private static async Task<TableEntity?> ReadAsync(TableClient table, string appealId, CancellationToken cancellationToken)
    {
        NullableResponse<TableEntity> row = await table.GetEntityIfExistsAsync<TableEntity>(appealId, AppealEntityMapper.RowKeyOf(appealId), cancellationToken: cancellationToken);
        return row.HasValue ? row.Value : null;
    }
}
