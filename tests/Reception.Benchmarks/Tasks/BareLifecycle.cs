using Microsoft.DurableTask;

namespace Reception.Benchmarks.Tasks;

/// <summary>
/// The bare engine's version of an appeal's life, for <c>scripts/benchmark.sh lifecycle</c>: the
/// same number of activities (18), external events (4) and timers raced against them (4) as an
/// appeal from intake to closed at a deputy's reception with one instruction, but every activity
/// a no-op. Not shipped with the host: the lifecycle benchmark has the local host load this assembly (<c>Reception:LocalHost:ExtraTasksAssembly</c>).
/// </summary>
public sealed class BareLifecycle : TaskOrchestrator<string, int>
{
    /// <summary>Activities before each wait, and after the last: 3 + 2 + 5 + 4 + 4 = 18, as the appeal's life.</summary>
    private static readonly int[] ActivitiesBeforeWait = [3, 2, 5, 4];
    private const int ActivitiesAfterLastWait = 4;

    public override async Task<int> RunAsync(TaskOrchestrationContext context, string input)
    {
        ArgumentNullException.ThrowIfNull(context);
        int calls = 0;
        for (int wait = 0; wait < ActivitiesBeforeWait.Length; wait++)
        {
            for (int i = 0; i < ActivitiesBeforeWait[wait]; i++, calls++)
            {
                await context.CallActivityAsync<string>(nameof(BareStep), input);
            }

            context.SetCustomStatus("waiting:" + wait);
            using var cancel = new CancellationTokenSource();
            Task<string> arrived = context.WaitForExternalEvent<string>("event" + wait);
            Task timer = context.CreateTimer(context.CurrentUtcDateTime.AddDays(1), cancel.Token);
            if (await Task.WhenAny(arrived, timer) == arrived)
            {
#pragma warning disable CA1849 // an orchestrator awaits only durable tasks: cancelling is synchronous on purpose
                cancel.Cancel();
#pragma warning restore CA1849
            }
        }

        for (int i = 0; i < ActivitiesAfterLastWait; i++, calls++)
        {
            await context.CallActivityAsync<string>(nameof(BareStep), input);
        }

        return calls;
    }
}

/// <summary>An activity that does nothing but return: the engine's own cost of one step.</summary>
public sealed class BareStep : TaskActivity<string, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, string input) => Task.FromResult(input);
}
