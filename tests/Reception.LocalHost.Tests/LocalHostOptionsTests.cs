namespace Reception.LocalHost.Tests;

public class LocalHostOptionsTests
{
    [Fact]
    public void TheDefaults_AreAccepted() => new LocalHostOptions().Validate();

    [Theory]
    [InlineData(0, 100, "Reception:LocalHost:MaxConcurrentActivities is 0")]
    [InlineData(20, -1, "Reception:LocalHost:MaxConcurrentOrchestrations is -1")]
    public void AConcurrencyBelowOne_IsRefusedNamingTheSetting(int activities, int orchestrations, string message)
    {
        var options = new LocalHostOptions { MaxConcurrentActivities = activities, MaxConcurrentOrchestrations = orchestrations };

        InvalidOperationException refused = Assert.Throws<InvalidOperationException>(options.Validate);
        Assert.StartsWith(message, refused.Message, StringComparison.Ordinal);
    }
}
