using Reception.Storage.Queues;

namespace Reception.Storage.Tests.Queues;

/// <summary>
/// Group commit of queue sends: items that arrive while a send is in flight share the next send,
/// every caller learns its own send's outcome, and a caller that gave up is left out.
/// </summary>
public sealed class GroupCommitTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task AnItemAlone_IsSentAtOnce_InASendOfItsOwn()
    {
        var sends = new List<string[]>();
        var commit = new GroupCommit<string>((items, _) => { sends.Add([.. items]); return Task.CompletedTask; }, 16, Bound);

        await commit.AddAsync("a", CancellationToken.None).WaitAsync(Bound);

        Assert.Equal(["a"], Assert.Single(sends));
    }

    [Fact]
    public async Task ItemsArrivingDuringASend_GoTogetherInTheNext_AtMostMaxPerSend()
    {
        var sends = new List<string[]>();
        var firstSendHeld = new TaskCompletionSource();
        var firstSendStarted = new TaskCompletionSource();
        var commit = new GroupCommit<string>(async (items, _) =>
        {
            lock (sends)
            {
                sends.Add([.. items]);
            }

            if (items[0] == "first")
            {
                firstSendStarted.SetResult();
                await firstSendHeld.Task;
            }
        }, 3, Bound);

        Task first = commit.AddAsync("first", CancellationToken.None);
        await firstSendStarted.Task.WaitAsync(Bound);
        Task[] during = [.. Enumerable.Range(1, 5).Select(i => commit.AddAsync("item" + i, CancellationToken.None))];
        Assert.All(during, t => Assert.False(t.IsCompleted));
        firstSendHeld.SetResult();
        await Task.WhenAll([first, .. during]).WaitAsync(Bound);

        Assert.Equal([["first"], ["item1", "item2", "item3"], ["item4", "item5"]], sends);
    }

    [Fact]
    public async Task AFailedSend_FailsEveryCallerItCarried_AndTheNextSendGoesOn()
    {
        var held = new TaskCompletionSource();
        var started = new TaskCompletionSource();
        int sendCount = 0;
        var commit = new GroupCommit<string>(async (items, _) =>
        {
            int n = Interlocked.Increment(ref sendCount);
            if (n == 1)
            {
                started.SetResult();
                await held.Task;
                return;
            }

            if (items.Contains("doomed"))
            {
                throw new InvalidOperationException("storage said no");
            }
        }, 16, Bound);

        Task first = commit.AddAsync("first", CancellationToken.None);
        await started.Task.WaitAsync(Bound);
        Task doomed = commit.AddAsync("doomed", CancellationToken.None);
        Task companion = commit.AddAsync("companion", CancellationToken.None);
        held.SetResult();

        await first.WaitAsync(Bound);
        await Assert.ThrowsAsync<InvalidOperationException>(() => doomed.WaitAsync(Bound));
        await Assert.ThrowsAsync<InvalidOperationException>(() => companion.WaitAsync(Bound));
        await commit.AddAsync("later", CancellationToken.None).WaitAsync(Bound);
        Assert.Equal(3, sendCount);
    }

    [Fact]
    public async Task ACallerThatGaveUpBeforeItsItemWasTaken_IsLeftOutOfTheSend()
    {
        var sends = new List<string[]>();
        var held = new TaskCompletionSource();
        var started = new TaskCompletionSource();
        var commit = new GroupCommit<string>(async (items, _) =>
        {
            sends.Add([.. items]);
            if (items[0] == "first")
            {
                started.SetResult();
                await held.Task;
            }
        }, 16, Bound);

        Task first = commit.AddAsync("first", CancellationToken.None);
        await started.Task.WaitAsync(Bound);
        using var giveUp = new CancellationTokenSource();
        Task abandoned = commit.AddAsync("abandoned", giveUp.Token);
        Task kept = commit.AddAsync("kept", CancellationToken.None);
        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned.WaitAsync(Bound));
        held.SetResult();
        await Task.WhenAll(first, kept).WaitAsync(Bound);

        Assert.Equal([["first"], ["kept"]], sends);
    }

    [Fact]
    public async Task AHungSend_IsCancelledAfterTheSendTimeout_AndFailsItsCallers()
    {
        var commit = new GroupCommit<string>((_, cancellationToken) => Task.Delay(Timeout.Infinite, cancellationToken), 16, TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => commit.AddAsync("a", CancellationToken.None).WaitAsync(Bound));
    }
}
