using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Reception.Storage.Serialization;
using Reception.Workflow.Worklists;

namespace Reception.Storage.Tables;

/// <summary>
/// The head of each worklist: its first <see cref="Size"/> entries in due order, kept in one
/// entity, so the page a person opens (the soonest deadlines) is one point read however long the
/// list. A range query of a partition is cheap in Azure Table Storage but Azurite answers every
/// query by scanning the whole table; the head makes the common page cost the same on both.
/// </summary>
/// <remarks>
/// Invariant: the head holds exactly the list's first entries (all of them when
/// <c>Complete</c>). Every change of a list's rows updates its head after the rows, with an
/// ETag-checked write; a head that falls under <see cref="RefillBelow"/> while the list has more
/// is refilled from the rows. A missing head (a new list, or after a rebuild) is filled on first use.
/// </remarks>
internal sealed class WorklistHeads(TableClient table)
{
    public const int Size = 200;
    public const int RefillBelow = 100;
    private const string HeadPartition = "~head";
    private const int MaxAttempts = 30;

    /// <summary>Applies a change of one list's rows to its head.</summary>
    public async Task ApplyAsync(string list, IReadOnlyList<(string Rk, WorklistEntry Entry)> upserts, IReadOnlyList<string> deletes, CancellationToken cancellationToken)
    {
        for (int attempt = 0; attempt < MaxAttempts; attempt++)
        {
            Head? head = await ReadAsync(list, cancellationToken);
            if (head is null)
            {
                await TryWriteAsync(list, await FillAsync(list, cancellationToken), null, cancellationToken);
                continue; // filled from the rows, which hold the change already: apply it again to be sure
            }

            SortedList<string, WorklistEntry> entries = new(head.Entries, StringComparer.Ordinal);
            bool complete = head.Complete;
            bool changed = false;
            foreach (string rk in deletes)
            {
                changed |= entries.Remove(rk);
            }

            foreach ((string rk, WorklistEntry entry) in upserts)
            {
                if (complete || entries.Count == 0 || string.CompareOrdinal(rk, entries.Keys[^1]) < 0 || entries.ContainsKey(rk))
                {
                    entries[rk] = entry;
                    changed = true;
                }
            }

            while (entries.Count > Size)
            {
                entries.RemoveAt(entries.Count - 1);
                complete = false;
            }

            if (!changed)
            {
                return;
            }

            Head next = !complete && entries.Count < RefillBelow ? await FillAsync(list, cancellationToken) : new Head(entries, complete, null);
            if (await TryWriteAsync(list, next, head.ETag, cancellationToken))
            {
                return;
            }

            await Task.Delay(Random.Shared.Next(5, 50), cancellationToken); // another change of this list won: read again
        }

        throw new InvalidOperationException($"The head of worklist {list} kept changing; not updated after {MaxAttempts} attempts.");
    }

    /// <summary>The list's head, filled from its rows when there is none yet.</summary>
    public async Task<Head> GetAsync(string list, CancellationToken cancellationToken)
    {
        if (await ReadAsync(list, cancellationToken) is { } head)
        {
            return head;
        }

        Head filled = await FillAsync(list, cancellationToken);
        await TryWriteAsync(list, filled, null, cancellationToken);
        return filled;
    }

    /// <summary>Forgets every head; each is filled again from the rows on first use.</summary>
    public async Task ForgetAllAsync(CancellationToken cancellationToken)
    {
        await foreach (TableEntity row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {HeadPartition}"), select: ["RowKey"], cancellationToken: cancellationToken))
        {
            await table.DeleteEntityAsync(HeadPartition, row.RowKey, ETag.All, cancellationToken);
        }
    }

    private async Task<Head> FillAsync(string list, CancellationToken cancellationToken)
    {
        var entries = new SortedList<string, WorklistEntry>(StringComparer.Ordinal);
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {list}");
        await foreach (Page<TableEntity> page in table.QueryAsync<TableEntity>(filter, maxPerPage: Size + 1, select: ["RowKey", "Entry"], cancellationToken: cancellationToken).AsPages())
        {
            foreach (TableEntity row in page.Values)
            {
                entries[row.RowKey] = JsonSerializer.Deserialize<WorklistEntry>(row.GetString("Entry"), StoredJson.Options)!;
            }

            if (entries.Count > Size)
            {
                break;
            }
        }

        bool complete = entries.Count <= Size;
        while (entries.Count > Size)
        {
            entries.RemoveAt(entries.Count - 1);
        }

        return new Head(entries, complete, null);
    }

    private async Task<Head?> ReadAsync(string list, CancellationToken cancellationToken)
    {
        NullableResponse<TableEntity> found = await table.GetEntityIfExistsAsync<TableEntity>(HeadPartition, list, cancellationToken: cancellationToken);
        if (!found.HasValue)
        {
            return null;
        }

        TableEntity row = found.Value!;
        var stored = JsonSerializer.Deserialize<List<StoredItem>>(ChunkedJson.Read(row, "Entries") ?? "[]", StoredJson.Options)!;
        return new Head(new SortedList<string, WorklistEntry>(stored.ToDictionary(s => s.Key, s => s.Entry), StringComparer.Ordinal), row.GetBoolean("Complete") ?? false, row.ETag);
    }

    private async Task<bool> TryWriteAsync(string list, Head head, ETag? etag, CancellationToken cancellationToken)
    {
        var row = new TableEntity(HeadPartition, list) { ["Complete"] = head.Complete };
        ChunkedJson.Write(row, "Entries", JsonSerializer.Serialize(head.Entries.Select(e => new StoredItem(e.Key, e.Value)), StoredJson.Options));
        try
        {
            if (etag is { } match)
            {
                await table.UpdateEntityAsync(row, match, TableUpdateMode.Replace, cancellationToken);
            }
            else
            {
                await table.AddEntityAsync(row, cancellationToken);
            }

            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }

    /// <summary>A list's first entries by row key; <paramref name="Complete"/> when they are all of it.</summary>
    internal sealed record Head(SortedList<string, WorklistEntry> Entries, bool Complete, ETag? ETag);

    private sealed record StoredItem(string Key, WorklistEntry Entry);
}
