using Microsoft.Extensions.Logging.Abstractions;
using Reception.Domain.Appeals;
using Reception.Workflow.Appeals;
using Reception.Workflow.Deadlines;

namespace Reception.Workflow.Tests.Orchestration;

/// <summary>
/// A far deadline sleeps on a wake row, not a durable timer: a simulated day lasts 150 ms, so the
/// 15-working-day answer term ends about 3 s after intake; with a 1 s lead the wait books a row to
/// wake it 1 s before, and only the sweep can wake it.
/// </summary>
public sealed class DeadlineWakeTests : IAsyncLifetime
{
    private static readonly TimeSpan Lead = TimeSpan.FromSeconds(1);

    private WorkflowHarness harness = null!;

    public async Task InitializeAsync() => harness = await WorkflowHarness.StartAsync(TimeSpan.FromMilliseconds(150), wakeLead: Lead);

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task R8_AFarAnswerDeadline_IsWokenByTheSweepInTimeToRecordTheMiss()
    {
        var sweep = new DeadlineWakeSweep(harness.Wakes, harness.Clock, NullLogger<DeadlineWakeSweep>.Instance);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        Task sweeping = SweepEveryAsync(sweep, TimeSpan.FromMilliseconds(200), stop.Token);

        string id = await harness.SubmitAsync();
        AppealRecord missed = await harness.WaitUntilAsync(id, a => a.History.Any(h => h.Step == "deadlineMissed"), seconds: 20);
        await stop.CancelAsync();
        await sweeping;

        Assert.True(harness.Wakes.Booked >= 1); // the review wait booked a wake row...
        HistoryStep miss = missed.History.First(h => h.Step == "deadlineMissed");
        Assert.Equal("R8", miss.Rule); // ...and the deadline was still noticed, on its due date
        Assert.Contains($"{missed.Deadlines!.AnswerDue:yyyy-MM-dd}", miss.Detail, StringComparison.Ordinal);
        Assert.Equal(StaffActions.Review, missed.Progress.Awaiting);
    }

    [Fact]
    public async Task R8_WithoutTheSweep_AFarDeadlineHasNoDurableTimer_AndSleepsOnItsRow()
    {
        string id = await harness.SubmitAsync();
        AppealRecord waiting = await harness.WaitUntilAsync(id, a => a.Progress.Awaiting == StaffActions.Review, seconds: 10);
        DateTimeOffset due = harness.Clock.ToRealTime(Domain.Calendar.WorkingCalendar.EndOfDay(waiting.Deadlines!.AnswerDue!.Value));

        await Task.Delay(due - harness.Clock.RealNow + TimeSpan.FromSeconds(2)); // well past the deadline, in real time

        AppealRecord still = (await harness.Appeals.FindAsync(id, CancellationToken.None))!;
        Assert.DoesNotContain(still.History, h => h.Step == "deadlineMissed"); // no timer fired: only a wake can end this sleep
        Assert.Equal(1, harness.Wakes.Count);
    }

    private async Task SweepEveryAsync(DeadlineWakeSweep sweep, TimeSpan interval, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            await sweep.RunAsync(harness.Client, CancellationToken.None);
            try
            {
                await Task.Delay(interval, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
