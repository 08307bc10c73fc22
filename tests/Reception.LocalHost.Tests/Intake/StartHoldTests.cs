using Reception.LocalHost.Intake;

namespace Reception.LocalHost.Tests.Intake;

public class StartHoldTests
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    private readonly SteppingClock clock = new(Noon);
    private readonly IntakeLoad intake;
    private readonly StartHold hold;

    public StartHoldTests()
    {
        intake = new IntakeLoad(clock);
        hold = new StartHold(intake, new LocalHostOptions { IntakeBusyPerSecond = 5, HeldStartInterval = TimeSpan.FromSeconds(5) }, clock);
    }

    [Fact]
    public void AQuietIntake_NeverHoldsTheStarter()
    {
        for (int i = 0; i < 10; i++)
        {
            intake.Took(); // one a second: an ordinary day
            Assert.Null(hold.BeforeNextBatch());
            clock.Advance(TimeSpan.FromSeconds(1));
        }
    }

    [Fact]
    public void ABatchIsOneMessageDuringABurst_AndSixteenOtherwise()
    {
        Assert.Equal(16, hold.MessagesPerBatch());

        TakeAppeals(5);
        Assert.Equal(1, hold.MessagesPerBatch()); // a grouped message carries up to 16 appeals: as many as a held batch did before grouping

        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(16, hold.MessagesPerBatch());
    }

    [Fact]
    public void ABurst_LetsOneBatchGoPerIntervalFromItsStart_AndTheRestWaitUntilItEnds()
    {
        TakeAppeals(5);

        Assert.Equal(StartHold.Recheck, hold.BeforeNextBatch()); // the burst begins: its starts wait

        clock.Advance(TimeSpan.FromSeconds(4));
        TakeAppeals(5);
        Assert.Equal(StartHold.Recheck, hold.BeforeNextBatch());

        clock.Advance(TimeSpan.FromSeconds(1));
        TakeAppeals(5);
        Assert.Null(hold.BeforeNextBatch()); // 5 s into the burst, one batch: nothing starves
        Assert.Equal(StartHold.Recheck, hold.BeforeNextBatch());

        clock.Advance(TimeSpan.FromSeconds(5));
        TakeAppeals(5);
        Assert.Null(hold.BeforeNextBatch()); // and one more every 5 s while it lasts

        clock.Advance(TimeSpan.FromSeconds(2)); // the burst is over: its last second no longer counts
        Assert.Null(hold.BeforeNextBatch());
        Assert.Null(hold.BeforeNextBatch());
    }

    [Fact]
    public void TheLastSecondOfABurst_StillCounts()
    {
        TakeAppeals(5);
        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(5, intake.PerSecond());
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(0, intake.PerSecond());
    }

    [Fact]
    public void ZeroPerSecond_TurnsTheHoldOff()
    {
        var never = new StartHold(intake, new LocalHostOptions { IntakeBusyPerSecond = 0 }, clock);
        TakeAppeals(1000);

        Assert.Null(never.BeforeNextBatch());
        Assert.Null(never.BeforeNextBatch());
    }

    [Fact]
    public void AHoldWithoutAnInterval_IsRefusedNamingTheSetting()
    {
        var options = new LocalHostOptions { HeldStartInterval = TimeSpan.Zero };

        InvalidOperationException refused = Assert.Throws<InvalidOperationException>(options.Validate);
        Assert.StartsWith("Reception:LocalHost:HeldStartInterval", refused.Message, StringComparison.Ordinal);
    }

    private void TakeAppeals(int count)
    {
        for (int i = 0; i < count; i++)
        {
            intake.Took();
        }
    }
}
