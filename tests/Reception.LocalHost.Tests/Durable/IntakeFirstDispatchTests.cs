using DurableTask.Core;
using Moq;
using Reception.LocalHost.Engine;
using Reception.LocalHost.Intake;

namespace Reception.LocalHost.Tests.Durable;

public class IntakeFirstDispatchTests
{
    private readonly SteppingClock clock = new(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero));
    private readonly IntakeLoad intake;
    private readonly Mock<IOrchestrationService> backend = new(MockBehavior.Strict);
    private readonly IntakeFirstDispatch dispatch;

    public IntakeFirstDispatchTests()
    {
        intake = new IntakeLoad(clock);
        var options = new LocalHostOptions { IntakeBusyPerSecond = 5, BusyDispatchInterval = TimeSpan.FromSeconds(1) };
        backend.Setup(b => b.LockNextTaskActivityWorkItem(It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>())).ReturnsAsync(new TaskActivityWorkItem { Id = "w" });
        backend.Setup(b => b.LockNextTaskOrchestrationWorkItemAsync(It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new TaskOrchestrationWorkItem { InstanceId = "a1" });
        dispatch = new IntakeFirstDispatch(backend.Object, new DispatchPace(intake, options, clock), new DispatchPace(intake, options, clock), clock);
    }

    [Fact]
    public async Task AQuietIntake_LetsEveryWorkItemThroughAtOnce()
    {
        for (int i = 0; i < 5; i++)
        {
            await dispatch.LockNextTaskActivityWorkItem(TimeSpan.FromSeconds(30), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
            await dispatch.LockNextTaskOrchestrationWorkItemAsync(TimeSpan.FromSeconds(30), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        }

        backend.Verify(b => b.LockNextTaskActivityWorkItem(It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()), Times.Exactly(5));
        backend.Verify(b => b.LockNextTaskOrchestrationWorkItemAsync(It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()), Times.Exactly(5));
    }

    [Fact]
    public async Task ABusyIntake_KeepsTheNextWorkItemFromTheBackendUntilItsTurn()
    {
        for (int i = 0; i < 5; i++)
        {
            intake.Took();
        }

        await dispatch.LockNextTaskActivityWorkItem(TimeSpan.FromSeconds(30), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        Task<TaskActivityWorkItem> next = dispatch.LockNextTaskActivityWorkItem(TimeSpan.FromSeconds(30), CancellationToken.None);
        await Task.Delay(StartHold.Recheck * 2); // two rechecks, on this clock still short of the interval

        Assert.False(next.IsCompleted);
        backend.Verify(b => b.LockNextTaskActivityWorkItem(It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()), Times.Once);

        clock.Advance(TimeSpan.FromSeconds(1)); // its turn (the burst's last second still counts)
        await next.WaitAsync(TimeSpan.FromSeconds(5));
        backend.Verify(b => b.LockNextTaskActivityWorkItem(It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task AWaitingDispatcher_StopsWhenTheHostStops()
    {
        for (int i = 0; i < 5; i++)
        {
            intake.Took();
        }

        await dispatch.LockNextTaskOrchestrationWorkItemAsync(TimeSpan.FromSeconds(30), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        using var stopping = new CancellationTokenSource();
        Task<TaskOrchestrationWorkItem> next = dispatch.LockNextTaskOrchestrationWorkItemAsync(TimeSpan.FromSeconds(30), stopping.Token);
        await stopping.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => next.WaitAsync(TimeSpan.FromSeconds(5)));
        backend.Verify(b => b.LockNextTaskOrchestrationWorkItemAsync(It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()), Times.Once);
    }
}
