using Azure;
using Azure.Data.Tables;
using Reception.Workflow.Appeals;
using Reception.Workflow.Intake;
using Reception.Workflow.Privacy;

namespace Reception.Storage.Tables;

/// <summary>
/// Appeals in one table, one entity each (<see cref="AppealEntityMapper"/>): a status and the
/// history step that explains it are written in one conditional replace, so neither exists
/// without the other, and a step key already in the history is never recorded again.
/// </summary>
/// <remarks>
/// The applicant and the question are kept in the personal data store (<see cref="IPersonalDataStore"/>),
/// written before the appeal and read beside it: the appeal's row holds neither, and once they are
/// erased the appeal reads as nobody's (<see cref="PersonalData.Erased"/>).
/// </remarks>
public sealed class TableAppealStore(ReceptionTables tables, IPersonalDataStore personalData) : IAppealStore
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

        // First the person, then the appeal: an appeal is never stored without its applicant (a
        // crash in between leaves personal data the same intake's retry finds, or the purge's sweep).
        await personalData.AddIfAbsentAsync(appeal.AppealId, new PersonalData(appeal.Submission.Applicant, appeal.Submission.Subject), cancellationToken);
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
        Task<PersonalData?> personal = personalData.FindAsync(appealId, cancellationToken);
        TableEntity? row = await ReadAsync(table, appealId, cancellationToken);
        PersonalData? data = await personal;
        return row is null ? null : AppealEntityMapper.ToRecord(row, data).Appeal;
    }

    public async IAsyncEnumerable<AppealRecord> AllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        TableClient table = await tables.GetAsync(ReceptionTables.AppealsTable);
        await foreach (TableEntity row in table.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
        {
            yield return AppealEntityMapper.ToRecord(row, await personalData.FindAsync(row.PartitionKey, cancellationToken)).Appeal;
        }
    }

    public async IAsyncEnumerable<string> HoldingPersonalDataClosedBeforeAsync(
        DateTimeOffset closedBefore, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // A filter on two properties: a scan of the table, once a day, returning keys only.
        TableClient table = await tables.GetAsync(ReceptionTables.AppealsTable);
        string filter = TableClient.CreateQueryFilter($"ClosedAt lt {closedBefore} and PersonalData eq {AppealEntityMapper.PersonalDataHeld}");
        await foreach (TableEntity row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey"], cancellationToken: cancellationToken))
        {
            yield return row.PartitionKey;
        }
    }

    public async Task<AppealRecord> ApplyStepAsync(
        string appealId, string stepKey, Func<AppealRecord, AppealRecord> change, HistoryStep step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        TableClient table = await tables.GetAsync(ReceptionTables.AppealsTable);
        Task<PersonalData?> reading = personalData.FindAsync(appealId, cancellationToken); // read once: it never changes after intake
        for (int attempt = 0; attempt < MaxAttempts; attempt++)
        {
            TableEntity row = await ReadAsync(table, appealId, cancellationToken)
                ?? throw new InvalidOperationException($"Appeal {appealId} is not stored.");
            PersonalData? personal = await reading;
            (AppealRecord current, List<KeyedStep> history) = AppealEntityMapper.ToRecord(row, personal);
            if (personal is null && AppealEntityMapper.IsLegacy(row) && stepKey != PersonalDataEraser.StepKey)
            {
                // Written before the personal data store: its applicant moves there before the row is
                // rewritten without it (except by the erasure itself, which rewrites it without anyone).
                personal = new PersonalData(current.Submission.Applicant, current.Submission.Subject);
                await personalData.AddIfAbsentAsync(appealId, personal, cancellationToken);
                reading = Task.FromResult<PersonalData?>(personal);
            }

            if (history.Any(h => h.Key == stepKey))
            {
                return current; // this step was recorded by an earlier run
            }

            AppealRecord changed = AppealClosing.Stamp(current, change(current), step);
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
