using Reception.Workflow.Deadlines;

namespace Reception.Workflow.Tests.Time;

public class DeadlineWakeOptionsTests
{
    [Fact]
    public void TheDefaults_AreAccepted() => new DeadlineWakeOptions().Validate();

    [Fact]
    public void NoLead_MeansDurableTimersOnly_WhateverTheSweep() =>
        new DeadlineWakeOptions { Lead = TimeSpan.Zero, SweepInterval = TimeSpan.FromDays(1) }.Validate();

    [Theory]
    [InlineData("01:00:00", "01:00:00")]
    [InlineData("00:10:00", "00:30:00")]
    public void ASweepNoFasterThanTheLead_IsRefused_ForDeadlinesWouldBeNoticedLate(string lead, string sweep)
    {
        var options = new DeadlineWakeOptions { Lead = TimeSpan.Parse(lead, System.Globalization.CultureInfo.InvariantCulture), SweepInterval = TimeSpan.Parse(sweep, System.Globalization.CultureInfo.InvariantCulture) };

        InvalidOperationException refused = Assert.Throws<InvalidOperationException>(options.Validate);
        Assert.StartsWith("Reception:DeadlineWakes:SweepInterval", refused.Message, StringComparison.Ordinal);
    }
}
