using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Reception.LocalHost.Durable;

namespace Reception.LocalHost.Tests.Durable;

/// <summary>
/// The lifecycle benchmark brings its bare-engine orchestration in its own assembly
/// (<c>Reception:LocalHost:ExtraTasksAssembly</c>): the tasks of an assembly named by path run on
/// the engine as if the host shipped them, and a wrong path stops the host at start.
/// </summary>
public sealed class ExtraTasksTests
{
    [Fact]
    public async Task TheTasksOfAnAssemblyNamedByPath_RunOnTheEngine()
    {
        string thisAssembly = typeof(ExtraTasksTests).Assembly.Location;
        await using DurableTaskTestHost host = await DurableTaskTestHost.StartAsync(registry => registry.AddTasksOf(thisAssembly));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        string id = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Greeting), "сәлем", timeout.Token);
        OrchestrationMetadata done = await host.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, timeout.Token);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("СӘЛЕМ!", done.ReadOutputAs<string>());
    }

    [Fact]
    public void AnAssemblyPathThatNamesNoFile_IsRefusedNamingTheSetting()
    {
        string nowhere = Path.Combine(Path.GetTempPath(), "no-such-" + Guid.NewGuid().ToString("N") + ".dll");

        InvalidOperationException refused = Assert.Throws<InvalidOperationException>(() => new DurableTaskRegistry().AddTasksOf(nowhere));
        Assert.Contains("Reception:LocalHost:ExtraTasksAssembly", refused.Message, StringComparison.Ordinal);
        Assert.Contains(nowhere, refused.Message, StringComparison.Ordinal);
    }

    public sealed class Greeting : TaskOrchestrator<string, string>
    {
        public override async Task<string> RunAsync(TaskOrchestrationContext context, string input) =>
            await context.CallActivityAsync<string>(nameof(Shout), input) + "!";
    }

    public sealed class Shout : TaskActivity<string, string>
    {
        public override Task<string> RunAsync(TaskActivityContext context, string input) => Task.FromResult(input.ToUpperInvariant());
    }
}
