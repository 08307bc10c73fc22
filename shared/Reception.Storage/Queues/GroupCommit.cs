namespace Reception.Storage.Queues;

/// <summary>
/// Group commit: items that arrive while a send is in flight wait for it to end and then go
/// together in the next send (at most <paramref name="maxPerSend"/> items each). Alone, an item
/// goes at once; under load, N concurrent callers cost about N / maxPerSend sends instead of N.
/// A caller's task ends when the send that carried its item has ended, with that send's outcome.
/// </summary>
/// <remarks>
/// The sends run on their own (one after another, never concurrently) and are not cancelled by a
/// caller: one caller giving up must not fail the others' send. A caller that gives up before its
/// item was taken into a send is left out of it; once taken, the item may still be sent (for a
/// start request that is harmless: the starter drops a request whose appeal is never stored).
/// Each send is bounded by <paramref name="sendTimeout"/>, so a hung storage call cannot hold
/// every later item back for longer.
/// </remarks>
public sealed class GroupCommit<T>(Func<IReadOnlyList<T>, CancellationToken, Task> send, int maxPerSend, TimeSpan sendTimeout)
{
    private readonly Lock gate = new();
    private readonly Queue<Waiting> waiting = new();
    private bool sending;

    /// <summary>Sends <paramref name="item"/> (with whatever else waits); ends when that send has.</summary>
    public Task AddAsync(T item, CancellationToken cancellationToken)
    {
        var entry = new Waiting(item, cancellationToken, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        bool lead;
        lock (gate)
        {
            waiting.Enqueue(entry);
            lead = !sending;
            sending = true;
        }

        if (lead)
        {
            _ = Task.Run(SendWhileWaitingAsync, CancellationToken.None);
        }

        return entry.Done.Task.WaitAsync(cancellationToken);
    }

    private async Task SendWhileWaitingAsync()
    {
        // Bounded: each pass takes at least one item or ends, and callers add items at a finite rate.
        while (TakeBatch() is { Count: > 0 } batch)
        {
            try
            {
                using var timeout = new CancellationTokenSource(sendTimeout);
                await send([.. batch.Select(w => w.Item)], timeout.Token);
                batch.ForEach(w => w.Done.TrySetResult());
            }
            catch (Exception ex)
            {
                batch.ForEach(w => w.Done.TrySetException(ex));
            }
        }
    }

    /// <returns>The next items to send (callers that gave up left out); empty, with sending over, when none wait.</returns>
    private List<Waiting> TakeBatch()
    {
        lock (gate)
        {
            var batch = new List<Waiting>(Math.Min(maxPerSend, waiting.Count));
            while (batch.Count < maxPerSend && waiting.TryDequeue(out Waiting? next))
            {
                if (next.Caller.IsCancellationRequested)
                {
                    next.Done.TrySetCanceled(next.Caller);
                }
                else
                {
                    batch.Add(next);
                }
            }

            if (batch.Count == 0)
            {
                sending = false;
            }

            return batch;
        }
    }

    private sealed record Waiting(T Item, CancellationToken Caller, TaskCompletionSource Done);
}
