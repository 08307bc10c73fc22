using Azure;
using Azure.Data.Tables;
using Reception.Workflow.Appeals;
using Reception.Workflow.Privacy;

namespace Reception.Storage.Tables;

/// <summary>The survey list in one partition per state (pending, done): the office reads the pending one whole.</summary>
public sealed class TableSurveyStore(ReceptionTables tables, IPersonalDataStore personalData) : ISurveyStore
{
    private const string Pending = "pending";
    private const string Done = "done";

    public async Task QueueAsync(string appealId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        TableClient table = await tables.GetAsync(ReceptionTables.SurveysTable);
        if ((await table.GetEntityIfExistsAsync<TableEntity>(Done, appealId, cancellationToken: cancellationToken)).HasValue)
        {
            return; // surveyed already
        }

        try
        {
            await table.AddEntityAsync(new TableEntity(Pending, appealId) { ["QueuedAt"] = at }, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
        }
    }

    public async Task<bool> RecordAsync(string appealId, int score, string? comment, DateTimeOffset at, CancellationToken cancellationToken)
    {
        TableClient table = await tables.GetAsync(ReceptionTables.SurveysTable);
        NullableResponse<TableEntity> pending = await table.GetEntityIfExistsAsync<TableEntity>(Pending, appealId, cancellationToken: cancellationToken);
        if (!pending.HasValue)
        {
            return false;
        }

        try
        {
            // The result first, then off the pending list: a crash in between leaves a duplicate, never a loss.
            await table.AddEntityAsync(new TableEntity(Done, appealId)
            {
                ["QueuedAt"] = pending.Value!.GetDateTimeOffset("QueuedAt"),
                ["Score"] = score,
                // The applicant's own words go to the personal data store; the list keeps where they are.
                ["CommentReference"] = comment is null ? null : await personalData.AddTextAsync(appealId, comment, cancellationToken),
                ["RecordedAt"] = at,
            }, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }

        await table.DeleteEntityAsync(Pending, appealId, ETag.All, cancellationToken);
        return true;
    }

    public async Task<DateTimeOffset?> WithdrawAsync(string appealId, CancellationToken cancellationToken)
    {
        TableClient table = await tables.GetAsync(ReceptionTables.SurveysTable);
        NullableResponse<TableEntity> pending = await table.GetEntityIfExistsAsync<TableEntity>(Pending, appealId, cancellationToken: cancellationToken);
        if (!pending.HasValue)
        {
            return null;
        }

        await table.DeleteEntityAsync(Pending, appealId, ETag.All, cancellationToken);
        return pending.Value!.GetDateTimeOffset("QueuedAt");
    }

    public async Task<SurveyEntry?> FindResultAsync(string appealId, CancellationToken cancellationToken)
    {
        TableClient table = await tables.GetAsync(ReceptionTables.SurveysTable);
        NullableResponse<TableEntity> done = await table.GetEntityIfExistsAsync<TableEntity>(Done, appealId, cancellationToken: cancellationToken);
        if (!done.HasValue)
        {
            return null;
        }

        // Null once the appeal's personal data is erased: the score stays for the report.
        string? comment = done.Value!.GetString("CommentReference") is { } reference ? await personalData.FindTextAsync(reference, cancellationToken) : null;
        return new SurveyEntry(appealId, done.Value.GetDateTimeOffset("QueuedAt") ?? DateTimeOffset.MinValue, done.Value.GetInt32("Score"), comment);
    }

    public async Task<IReadOnlyList<SurveyEntry>> PendingAsync(CancellationToken cancellationToken)
    {
        TableClient table = await tables.GetAsync(ReceptionTables.SurveysTable);
        var entries = new List<SurveyEntry>();
        await foreach (TableEntity e in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Pending}"), cancellationToken: cancellationToken))
        {
            entries.Add(new SurveyEntry(e.RowKey, e.GetDateTimeOffset("QueuedAt") ?? DateTimeOffset.MinValue, null, null));
        }

        return [.. entries.OrderBy(e => e.QueuedAt)];
    }
}
