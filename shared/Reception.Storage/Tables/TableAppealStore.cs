using Azure;
using Azure.Data.Tables;
using Reception.Workflow.Appeals;
using Reception.Workflow.Intake;
using Reception.Workflow.Ports;

namespace Reception.Storage.Tables;

/// <summary>
/// Appeals in one table, a partition per appeal: the state row and the history rows are written
/// in one transaction, so a status never exists without the step that explains it.
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
            // The first step travels in the appeal row: one single-entity insert.
            await table.AddEntityAsync(AppealEntityMapper.ToEntity(appeal), cancellationToken);
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
        return (await table.GetEntityIfExistsAsync<TableEntity>(appealId, AppealEntityMapper.AppealRow, select: ["PartitionKey"], cancellationToken: cancellationToken)).HasValue;
    }

    public async Task<AppealRecord?> FindAsync(string appealId, CancellationToken cancellationToken)
    {
        TableClient table = await tables.GetAsync(ReceptionTables.AppealsTable);
        (TableEntity? appeal, List<TableEntity> history) = await ReadPartitionAsync(table, appealId, cancellationToken);
        return appeal is null ? null : AppealEntityMapper.ToRecord(appeal, history);
    }

    public async Task<AppealRecord> ApplyStepAsync(
        string appealId, string stepKey, Func<AppealRecord, AppealRecord> change, HistoryStep step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        TableClient table = await tables.GetAsync(ReceptionTables.AppealsTable);
        string historyRow = AppealEntityMapper.HistoryRowPrefix + stepKey;

        for (int attempt = 0; attempt < MaxAttempts; attempt++)
        {
            (TableEntity? row, List<TableEntity> history) = await ReadPartitionAsync(table, appealId, cancellationToken);
            if (row is null)
            {
                throw new InvalidOperationException($"Appeal {appealId} is not stored.");
            }

            AppealRecord current = AppealEntityMapper.ToRecord(row, history);
            if (history.Any(h => h.RowKey == historyRow))
            {
                return current; // this step was recorded by an earlier run
            }

            AppealRecord changed = change(current);
            try
            {
                await table.SubmitTransactionAsync(
                    [
                        new(TableTransactionActionType.UpdateReplace, AppealEntityMapper.ToEntity(changed), row.ETag),
                        new(TableTransactionActionType.Add, AppealEntityMapper.ToEntity(appealId, stepKey, step)),
                    ],
                    cancellationToken);
                return changed with { History = [.. current.History, step] };
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412)
            {
                // Someone changed the appeal meanwhile, or recorded this very step: read again.
            }
        }

        throw new InvalidOperationException($"Appeal {appealId} kept changing; step {stepKey} was not recorded after {MaxAttempts} attempts.");
    }

    public Task<bool> TryTakeAwaitedActionAsync(string appealId, string action, CancellationToken cancellationToken) =>
        SwapAwaitedAsync(appealId, expected: action, replacement: null, cancellationToken);

    public Task ReleaseAwaitedActionAsync(string appealId, string action, CancellationToken cancellationToken) =>
        SwapAwaitedAsync(appealId, expected: null, replacement: action, cancellationToken);

    // Compare-and-swap of the awaited action under the appeal row's ETag.
    private async Task<bool> SwapAwaitedAsync(string appealId, string? expected, string? replacement, CancellationToken cancellationToken)
    {
        TableClient table = await tables.GetAsync(ReceptionTables.AppealsTable);
        for (int attempt = 0; attempt < MaxAttempts; attempt++)
        {
            NullableResponse<TableEntity> row = await table.GetEntityIfExistsAsync<TableEntity>(appealId, AppealEntityMapper.AppealRow, cancellationToken: cancellationToken);
            if (!row.HasValue)
            {
                return false;
            }

            AppealRecord appeal = AppealEntityMapper.ToRecord(row.Value!, []);
            if (appeal.Progress.Awaiting != expected)
            {
                return false;
            }

            AppealRecord swapped = appeal with { Progress = appeal.Progress with { Awaiting = replacement } };
            try
            {
                await table.UpdateEntityAsync(AppealEntityMapper.ToEntity(swapped), row.Value!.ETag, TableUpdateMode.Replace, cancellationToken);
                return true;
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                // changed meanwhile: look again
            }
        }

        return false;
    }

    private static async Task<(TableEntity? Appeal, List<TableEntity> History)> ReadPartitionAsync(
        TableClient table, string appealId, CancellationToken cancellationToken)
    {
        TableEntity? appeal = null;
        var history = new List<TableEntity>();
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {appealId}");
        await foreach (TableEntity entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (entity.RowKey == AppealEntityMapper.AppealRow)
            {
                appeal = entity;
            }
            else if (entity.RowKey.StartsWith(AppealEntityMapper.HistoryRowPrefix, StringComparison.Ordinal))
            {
                history.Add(entity);
            }
        }

        return (appeal, history);
    }
}
