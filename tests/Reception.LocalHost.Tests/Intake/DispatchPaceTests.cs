using Reception.LocalHost.Intake;

namespace Reception.LocalHost.Tests.Intake;

public class DispatchPaceTests
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    private readonly SteppingClock clock = new(Noon);
    private readonly IntakeLoad intake;
    private readonly LocalHostOptions options = new() { IntakeBusyPerSecond = 5, BusyDispatchInterval = TimeSpan.FromSeconds(1) };

    public DispatchPaceTests() => intake = new IntakeLoad(clock);

    [Fact]
    public void AQuietIntake_NeverPacesTheEngine()
    {
        var pace = new DispatchPace(intake, options, clock);
        for (int i = 0; i < 10; i++)
        {
            intake.Took(); // one a second: an ordinary day
            Assert.Null(pace.BeforeNextWorkItem());
            Assert.Null(pace.BeforeNextWorkItem());
            clock.Advance(TimeSpan.FromSeconds(1));
        }
    }

    [Fact]
    public void ABusyIntake_LetsOneWorkItemThroughPerInterval_AndAllAgainAfterTheBurst()
    {
        var pace = new DispatchPace(intake, options, clock);
        Assert.Null(pace.BeforeNextWorkItem()); // before the burst

        TakeAppeals(5);
        Assert.Equal(StartHold.Recheck, pace.BeforeNextWorkItem()); // the burst begins less than an interval after that one

        clock.Advance(TimeSpan.FromMilliseconds(900));
        TakeAppeals(5);
        Assert.Equal(TimeSpan.FromMilliseconds(100), pace.BeforeNextWorkItem()); // never later than its turn

        clock.Advance(TimeSpan.FromMilliseconds(100));
        Assert.Null(pace.BeforeNextWorkItem()); // one work item a second: the workflows go on, slowly
        Assert.Equal(StartHold.Recheck, pace.BeforeNextWorkItem());

        clock.Advance(TimeSpan.FromSeconds(2)); // the burst is over: its last second no longer counts
        Assert.Null(pace.BeforeNextWorkItem());
        Assert.Null(pace.BeforeNextWorkItem());
    }

    [Fact]
    public void EachDispatcher_HasATurnOfItsOwn()
    {
        var orchestrations = new DispatchPace(intake, options, clock);
        var activities = new DispatchPace(intake, options, clock);
        TakeAppeals(5);
        clock.Advance(TimeSpan.FromMilliseconds(500));
        TakeAppeals(5);

        Assert.Null(orchestrations.BeforeNextWorkItem());
        Assert.Null(activities.BeforeNextWorkItem());
        Assert.NotNull(orchestrations.BeforeNextWorkItem());
        Assert.NotNull(activities.BeforeNextWorkItem());
    }

    [Fact]
    public void ZeroPerSecond_TurnsThePaceOff()
    {
        var never = new DispatchPace(intake, new LocalHostOptions { IntakeBusyPerSecond = 0 }, clock);
        TakeAppeals(1000);

        Assert.Null(never.BeforeNextWorkItem());
        Assert.Null(never.BeforeNextWorkItem());
    }

    [Fact]
    public void APaceWithoutAnInterval_IsRefusedNamingTheSetting()
    {
        var refusedOptions = new LocalHostOptions { BusyDispatchInterval = TimeSpan.Zero };

        InvalidOperationException refused = Assert.Throws<InvalidOperationException>(refusedOptions.Validate);
        Assert.StartsWith("Reception:LocalHost:BusyDispatchInterval", refused.Message, StringComparison.Ordinal);
    }

    private void TakeAppeals(int count)
    {
        for (int i = 0; i < count; i++)
        {
            intake.Took();
        }
    }
}
