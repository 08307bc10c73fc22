using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Reception.Storage.Serialization;
using Reception.Workflow.Appeals;
using Reception.Workflow.Worklists;

namespace Reception.Storage.Tables;

/// <summary>
/// The worklist index in one table. An entry is stored twice: in the partition of its worklist
/// (<c>review</c>) and in that worklist's partition for its official (<c>review@akim</c>), with
/// the row key <c>yyyyMMdd-appealId-nn</c>: every query (due order, <c>dueBefore</c>,
/// <c>overdue</c>, an official, a cursor) is one range read of one partition. A pointer row per
/// appeal (<c>~appeal</c> partition) names the rows it holds now and the history length they
/// reflect, so moving an appeal deletes exactly its old rows and an older state never
/// overwrites a newer one.
/// </summary>
public sealed class TableWorklistIndex(ReceptionTables tables) : IWorklistIndex
{
    private const string PointerPartition = "~appeal";
    private const int MaxAttempts = 10;

    public async Task SyncAsync(AppealRecord appeal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        TableClient table = await tables.GetAsync(ReceptionTables.WorklistTable);
        int version = appeal.History.Count;
        List<(string Pk, string Rk, WorklistEntry Entry)> wanted = [.. WorklistEntries.Of(appeal).SelectMany(RowsOf)];
        for (int attempt = 0; attempt < MaxAttempts; attempt++)
        {
            NullableResponse<TableEntity> found = await table.GetEntityIfExistsAsync<TableEntity>(PointerPartition, appeal.AppealId, cancellationToken: cancellationToken);
            TableEntity? pointer = found.HasValue ? found.Value : null;
            if (pointer is not null && (pointer.GetInt32("Version") ?? 0) > version)
            {
                return; // a newer state of the appeal is indexed already
            }

            foreach ((string pk, string rk, WorklistEntry entry) in wanted)
            {
                await table.UpsertEntityAsync(ToEntity(pk, rk, entry), TableUpdateMode.Replace, cancellationToken);
            }

            HashSet<string> keep = [.. wanted.Select(w => Join(w.Pk, w.Rk))];
            string[] gone = [.. KeysOf(pointer).Where(k => !keep.Contains(k))];
            foreach (string old in gone)
            {
                await DeleteAsync(table, old, cancellationToken);
            }

            await UpdateHeadsAsync(table, wanted, gone, cancellationToken);

            var next = new TableEntity(PointerPartition, appeal.AppealId) { ["Version"] = version, ["Keys"] = string.Join('\n', keep) };
            try
            {
                if (pointer is null)
                {
                    await table.AddEntityAsync(next, cancellationToken);
                }
                else
                {
                    await table.UpdateEntityAsync(next, pointer.ETag, TableUpdateMode.Replace, cancellationToken);
                }

                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Indexed meanwhile by another run (a redelivered activity): read its pointer again;
                // if it is newer, the rows written above that it does not name must go.
                NullableResponse<TableEntity> now = await table.GetEntityIfExistsAsync<TableEntity>(PointerPartition, appeal.AppealId, cancellationToken: cancellationToken);
                if (now.HasValue && (now.Value!.GetInt32("Version") ?? 0) > version)
                {
                    HashSet<string> theirs = [.. KeysOf(now.Value)];
                    string[] stale = [.. keep.Where(k => !theirs.Contains(k))];
                    foreach (string mine in stale)
                    {
                        await DeleteAsync(table, mine, cancellationToken);
                    }

                    await UpdateHeadsAsync(table, [], stale, cancellationToken);

                    return;
                }
            }
        }

        throw new InvalidOperationException($"The worklist entries of appeal {appeal.AppealId} kept changing; not indexed after {MaxAttempts} attempts.");
    }

    public async Task ListSurveyAsync(WorklistEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        TableClient table = await tables.GetAsync(ReceptionTables.WorklistTable);
        List<(string Pk, string Rk, WorklistEntry Entry)> rows = [.. RowsOf(entry)];
        foreach ((string pk, string rk, WorklistEntry e) in rows)
        {
            await table.UpsertEntityAsync(ToEntity(pk, rk, e), TableUpdateMode.Replace, cancellationToken);
        }

        await UpdateHeadsAsync(table, rows, [], cancellationToken);
    }

    public async Task UnlistSurveyAsync(string appealId, DateOnly queuedOn, CancellationToken cancellationToken)
    {
        TableClient table = await tables.GetAsync(ReceptionTables.WorklistTable);
        string rk = RowKey(queuedOn, appealId, null);
        NullableResponse<TableEntity> listed = await table.GetEntityIfExistsAsync<TableEntity>(WorklistKinds.Survey, rk, cancellationToken: cancellationToken);
        if (!listed.HasValue)
        {
            return;
        }

        // Its copy in the official's list first, the main row last: a retry still finds the official.
        WorklistEntry entry = JsonSerializer.Deserialize<WorklistEntry>(listed.Value!.GetString("Entry"), StoredJson.Options)!;
        string[] keys = [.. RowsOf(entry).Select(r => Join(r.Pk, r.Rk)).Reverse()];
        foreach (string key in keys)
        {
            await DeleteAsync(table, key, cancellationToken);
        }

        await UpdateHeadsAsync(table, [], keys, cancellationToken);
    }

    public async Task<WorklistPage> PageAsync(WorklistQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        TableClient table = await tables.GetAsync(ReceptionTables.WorklistTable);
        string pk = PartitionOf(query.Awaiting, query.OfficialId);
        string after = query.After ?? string.Empty;
        string? before = query.DueBefore is { } due ? DateKey(due) : null;

        // The head answers every page that lies within it: for the first page, one point read.
        List<(string Rk, WorklistEntry Entry)>? fromHead = await new WorklistHeads(table).PageAsync(pk, after, before, query.Limit, cancellationToken);
        if (fromHead is not null)
        {
            return PageOf(fromHead, query.Limit);
        }

        // Past the head: a range read of the partition.
        string filter = before is not null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {pk} and RowKey gt {after} and RowKey lt {before}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {pk} and RowKey gt {after}");

        // One more than asked tells whether there is a next page; the service may cut pages short, so read on.
        var entries = new List<(string Rk, WorklistEntry Entry)>();
        await foreach (Page<TableEntity> page in table.QueryAsync<TableEntity>(filter, maxPerPage: query.Limit + 1, select: ["RowKey", "Entry"], cancellationToken: cancellationToken).AsPages())
        {
            entries.AddRange(page.Values.Select(row => (row.RowKey, JsonSerializer.Deserialize<WorklistEntry>(row.GetString("Entry"), StoredJson.Options)!)));
            if (entries.Count > query.Limit)
            {
                break;
            }
        }

        return PageOf(entries, query.Limit);
    }

    /// <summary>Forgets the heads (a rebuild): each is filled from the rows on first use.</summary>
    public async Task ForgetHeadsAsync(CancellationToken cancellationToken) =>
        await new WorklistHeads(await tables.GetAsync(ReceptionTables.WorklistTable)).ForgetAllAsync(cancellationToken);

    private static WorklistPage PageOf(List<(string Rk, WorklistEntry Entry)> entries, int limit)
    {
        bool more = entries.Count > limit;
        List<(string Rk, WorklistEntry Entry)> shown = [.. entries.Take(limit)];
        return new WorklistPage([.. shown.Select(e => e.Entry)], more ? shown[^1].Rk : null);
    }

    /// <summary>Brings the heads of every list these rows belong to in line with them.</summary>
    private static async Task UpdateHeadsAsync(
        TableClient table, IReadOnlyList<(string Pk, string Rk, WorklistEntry Entry)> upserted, IReadOnlyList<string> deleted, CancellationToken cancellationToken)
    {
        var heads = new WorklistHeads(table);
        var deletes = deleted.Select(k => k.Split('\t')).ToLookup(p => p[0], p => p[1]);
        foreach (string list in upserted.Select(u => u.Pk).Concat(deletes.Select(d => d.Key)).Distinct(StringComparer.Ordinal))
        {
            await heads.ApplyAsync(
                list,
                [.. upserted.Where(u => u.Pk == list).Select(u => (u.Rk, u.Entry))],
                [.. deletes[list]],
                cancellationToken);
        }
    }

    /// <summary>An entry's two rows: in its worklist, and in its worklist for its official.</summary>
    /// <remarks>
    /// Every write goes through here: the rows and the heads keep no name and no words of the
    /// question; the page reads them from the personal data store (<see cref="Workflow.Privacy.WorklistNames"/>).
    /// </remarks>
    private static IEnumerable<(string Pk, string Rk, WorklistEntry Entry)> RowsOf(WorklistEntry listed)
    {
        WorklistEntry entry = listed with { ApplicantName = string.Empty, SubjectExcerpt = string.Empty };
        string rk = RowKey(entry.Due, entry.AppealId, entry.Instruction);
        yield return (PartitionOf(entry.Awaiting, null), rk, entry);
        if (!string.IsNullOrEmpty(entry.OfficialId))
        {
            yield return (PartitionOf(entry.Awaiting, entry.OfficialId), rk, entry);
        }
    }

    private static string PartitionOf(string awaiting, string? officialId) =>
        officialId is null ? awaiting : $"{awaiting}@{Uri.EscapeDataString(officialId)}";

    private static string DateKey(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string RowKey(DateOnly due, string appealId, int? instruction) =>
        $"{DateKey(due)}-{appealId}-{(instruction ?? 0).ToString("D2", CultureInfo.InvariantCulture)}";

    private static TableEntity ToEntity(string pk, string rk, WorklistEntry entry) =>
        new(pk, rk) { ["Entry"] = JsonSerializer.Serialize(entry, StoredJson.Options), ["AppealId"] = entry.AppealId };

    private static string Join(string pk, string rk) => pk + "\t" + rk;

    private static IEnumerable<string> KeysOf(TableEntity? pointer) =>
        pointer?.GetString("Keys") is { Length: > 0 } keys ? keys.Split('\n') : [];

    private static async Task DeleteAsync(TableClient table, string key, CancellationToken cancellationToken)
    {
        string[] parts = key.Split('\t');
        try
        {
            await table.DeleteEntityAsync(parts[0], parts[1], ETag.All, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
        }
    }
}
