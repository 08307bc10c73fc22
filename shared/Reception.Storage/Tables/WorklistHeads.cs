using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Reception.Storage.Serialization;
using Reception.Workflow.Worklists;

namespace Reception.Storage.Tables;

/// <summary>
/// The head of each worklist: its first <see cref="Size"/> entries in due order, cached in
/// <see cref="Slices"/> entities of <see cref="SliceSize"/>, so the page a person opens (the
/// soonest deadlines) is one point read of one small entity however long the list. A range query
/// of a partition is cheap in Azure Table Storage, but Azurite answers every query by scanning the
/// whole table: the head makes the common page cost the same on both.
/// </summary>
/// <remarks>
/// Invariant: the head holds exactly the list's first entries (all of them when <c>Complete</c>).
/// Every change of a list's rows updates its head after the rows; the slices are rewritten
/// together in one entity-group transaction checked by slice 0's ETag, so two changes never
/// interleave. A head under <see cref="RefillBelow"/> while the list has more is refilled from the
/// rows; a missing head (a new list, or after a rebuild) is filled on first use.
/// </remarks>
internal sealed class WorklistHeads(TableClient table)
{
    public const int SliceSize = 50;
    public const int Slices = 4;
    public const int Size = SliceSize * Slices;
    public const int RefillBelow = Size / 2;
    private const string HeadPartition = "~head";
    private const int MaxAttempts = 60;

    /// <summary>Applies a change of one list's rows to its head.</summary>
    public async Task ApplyAsync(string list, IReadOnlyList<(string Rk, WorklistEntry Entry)> upserts, IReadOnlyList<string> deletes, CancellationToken cancellationToken)
    {
        for (int attempt = 0; attempt < MaxAttempts; attempt++)
        {
            Head? head = await ReadAllAsync(list, cancellationToken);
            if (head is null)
            {
                // Filled from the rows, which hold the change already; the next round applies it again to be sure.
                await TryWriteAsync(list, await FillAsync(list, cancellationToken), null, cancellationToken);
                continue;
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

            if (!changed)
            {
                return;
            }

            while (entries.Count > Size)
            {
                entries.RemoveAt(entries.Count - 1);
                complete = false;
            }

            Head next = !complete && entries.Count < RefillBelow ? await FillAsync(list, cancellationToken) : new Head(entries, complete);
            if (await TryWriteAsync(list, next, head, cancellationToken))
            {
                return;
            }

            // Another change of this list won: back off (with jitter, growing) and read again.
            await Task.Delay(Random.Shared.Next(5, Math.Min(400, 10 << Math.Min(attempt, 6))), cancellationToken);
        }

        throw new InvalidOperationException($"The head of worklist {list} kept changing; not updated after {MaxAttempts} attempts.");
    }

    /// <summary>
    /// Up to <paramref name="limit"/> + 1 head entries after <paramref name="after"/> and before
    /// <paramref name="before"/>, reading slices only as far as needed; null when the page reaches
    /// past the head and must be read from the rows.
    /// </summary>
    public async Task<List<(string Rk, WorklistEntry Entry)>?> PageAsync(string list, string after, string? before, int limit, CancellationToken cancellationToken)
    {
        var found = new List<(string Rk, WorklistEntry Entry)>();
        for (int i = 0; i < Slices; i++)
        {
            Slice? slice = await ReadSliceAsync(list, i, cancellationToken);
            if (slice is null)
            {
                if (i > 0)
                {
                    return null; // changed under us (a rebuild): the rows answer
                }

                Head filled = await FillAsync(list, cancellationToken);
                await TryWriteAsync(list, filled, null, cancellationToken);
                return Select(filled.Entries.Select(e => (e.Key, e.Value)), after, before, limit, found) || filled.Complete ? found : null;
            }

            bool endsBefore = Select(slice.Entries, after, before, limit, found);
            if (endsBefore || found.Count > limit)
            {
                return found;
            }

            if (!slice.More)
            {
                return slice.Complete ? found : null;
            }

            if (found.Count == limit)
            {
                // The page is full and the list goes on: the cursor is this page's last entry.
                found.Add(default);
                return found;
            }
        }

        return null;
    }

    /// <summary>Forgets every head; each is filled again from the rows on first use.</summary>
    public async Task ForgetAllAsync(CancellationToken cancellationToken)
    {
        await foreach (TableEntity row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {HeadPartition}"), select: ["RowKey"], cancellationToken: cancellationToken))
        {
            await table.DeleteEntityAsync(HeadPartition, row.RowKey, ETag.All, cancellationToken);
        }
    }

    /// <returns>True when an entry at or past <paramref name="before"/> was met: nothing later belongs on the page.</returns>
    private static bool Select(IEnumerable<(string Rk, WorklistEntry Entry)> entries, string after, string? before, int limit, List<(string Rk, WorklistEntry Entry)> found)
    {
        foreach ((string rk, WorklistEntry entry) in entries)
        {
            if (before is not null && string.CompareOrdinal(rk, before) >= 0)
            {
                return true;
            }

            if (string.CompareOrdinal(rk, after) > 0 && found.Count <= limit)
            {
                found.Add((rk, entry));
            }
        }

        return false;
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

        return new Head(entries, complete);
    }

    /// <summary>
    /// Reads slice 0, then each next slice only while the one before says there is more: a list
    /// of up to 50 entries costs one read. The slices past the last one read are empty.
    /// </summary>
    private async Task<Head?> ReadAllAsync(string list, CancellationToken cancellationToken)
    {
        var entries = new SortedList<string, WorklistEntry>(StringComparer.Ordinal);
        Slice? first = null;
        int read = 0;
        for (Slice? slice = null; read < Slices && (read == 0 || slice!.More); read++)
        {
            slice = await ReadSliceAsync(list, read, cancellationToken);
            if (slice is null)
            {
                return null;
            }

            first ??= slice;
            foreach ((string rk, WorklistEntry entry) in slice.Entries)
            {
                entries[rk] = entry;
            }
        }

        return new Head(entries, first!.Complete, first.ETag, read);
    }

    private async Task<Slice?> ReadSliceAsync(string list, int index, CancellationToken cancellationToken)
    {
        NullableResponse<TableEntity> found = await table.GetEntityIfExistsAsync<TableEntity>(HeadPartition, SliceKey(list, index), cancellationToken: cancellationToken);
        if (!found.HasValue)
        {
            return null;
        }

        TableEntity row = found.Value!;
        List<StoredItem> items = JsonSerializer.Deserialize<List<StoredItem>>(ChunkedJson.Read(row, "Entries") ?? "[]", StoredJson.Options)!;
        return new Slice([.. items.Select(i => (i.Key, i.Entry))], row.GetBoolean("More") ?? false, row.GetBoolean("Complete") ?? false, row.ETag);
    }

    /// <summary>
    /// Writes the slices in one transaction, checked by slice 0's ETag: every write rewrites slice
    /// 0, so an unchanged slice 0 means no slice changed since <paramref name="read"/> was read.
    /// A slice that was not read (empty) is written only when it gets entries.
    /// </summary>
    private async Task<bool> TryWriteAsync(string list, Head head, Head? read, CancellationToken cancellationToken)
    {
        var actions = new List<TableTransactionAction>();
        for (int i = 0; i < Slices; i++)
        {
            StoredItem[] items = [.. head.Entries.Skip(i * SliceSize).Take(SliceSize).Select(e => new StoredItem(e.Key, e.Value))];
            if (read is not null && i >= read.SlicesRead && items.Length == 0)
            {
                continue;
            }

            var row = new TableEntity(HeadPartition, SliceKey(list, i))
            {
                ["Complete"] = head.Complete,
                ["More"] = (i + 1) * SliceSize < head.Entries.Count || !head.Complete,
            };
            ChunkedJson.Write(row, "Entries", JsonSerializer.Serialize(items, StoredJson.Options));
            actions.Add(read is null ? new TableTransactionAction(TableTransactionActionType.Add, row)
                : i == 0 ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, read.FirstETag)
                : new TableTransactionAction(TableTransactionActionType.UpsertReplace, row));
        }

        try
        {
            await table.SubmitTransactionAsync(actions, cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }

    private static string SliceKey(string list, int index) => list + "~" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>A list's first entries by row key; <paramref name="Complete"/> when they are all of it; as read: slice 0's ETag and how many slices were read.</summary>
    private sealed record Head(SortedList<string, WorklistEntry> Entries, bool Complete, ETag FirstETag = default, int SlicesRead = 0);

    private sealed record Slice(List<(string Rk, WorklistEntry Entry)> Entries, bool More, bool Complete, ETag ETag);

    private sealed record StoredItem(string Key, WorklistEntry Entry);
}
