using Reception.Workflow.Appeals.Starting;
using Reception.Workflow.Intake;
using Reception.Workflow.Tests.Fakes;

namespace Reception.Workflow.Tests.Orchestration;

/// <summary>
/// Start requests name one or more appeals per message (intake groups a burst's requests): the
/// starter starts each, and reports the ones not stored so the message comes back for them.
/// </summary>
public sealed class StartRequestsTests
{
    [Fact]
    public void AMessageOfOneId_AsEveryMessageWasBeforeGrouping_ReadsAsThatId()
    {
        Assert.Equal(["3f2a9c"], StartRequestMessage.Parse("3f2a9c"));
    }

    [Fact]
    public void AGroupedMessage_ReadsBackItsIdsInOrder_RepeatsAndBlankLinesDropped()
    {
        string body = StartRequestMessage.Format(["a1", "b2", "c3"]);

        Assert.Equal(["a1", "b2", "c3"], StartRequestMessage.Parse(body));
        Assert.Equal(["a1", "b2"], StartRequestMessage.Parse("a1\n\n b2 \na1\n"));
    }

    [Fact]
    public void AMessageCarriesOneToMaxIds()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StartRequestMessage.Format([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => StartRequestMessage.Format([.. Enumerable.Range(0, StartRequestMessage.MaxIds + 1).Select(i => "id" + i)]));
    }

    [Fact]
    public async Task StartEach_StartsTheStoredAppealsOfAMessage_AndReturnsTheOnesNotStored()
    {
        await using WorkflowHarness harness = await WorkflowHarness.StartAsync(TimeSpan.FromDays(1));
        string submitted = Guid.NewGuid().ToString("N");
        await harness.Appeals.CreateIfAbsentAsync(TestAppeals.Received(submitted, harness.Clock.GetUtcNow()), CancellationToken.None);
        string missing = Guid.NewGuid().ToString("N");

        IReadOnlyList<string> notStored = await new AppealStarter(harness.Appeals).StartEachAsync(
            StartRequestMessage.Format([submitted, missing]), harness.Client, CancellationToken.None);

        Assert.Equal([missing], notStored);
        Assert.NotNull(await harness.Client.GetInstanceAsync(submitted));
    }
}
