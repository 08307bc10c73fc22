using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.DependencyInjection;
using Reception.Domain.Appeals;
using Reception.Domain.Calendar;
using Reception.Domain.Deadlines;
using Reception.Workflow.Appeals;
using Reception.Workflow.Orchestration;
using Reception.Workflow.Ports;
using Reception.Workflow.Tests.Fakes;

namespace Reception.Workflow.Tests.Orchestration;

/// <summary>The workflow on the real Durable Task engine (in-memory backend), with the tasks registered as the local host registers them.</summary>
public class AppealWorkflowEngineTests
{
    [Fact]
    public async Task AppealOrchestrator_OnTheEngine_RegistersTheAppeal()
    {
        var store = new InMemoryAppealStore();
        var clock = new ManualClock(new DateTimeOffset(2026, 3, 20, 5, 0, 0, TimeSpan.Zero));
        const string appealId = "0123456789abcdef0123456789abcdef";
        await store.CreateIfAbsentAsync(TestAppeals.Received(appealId, clock.Now), CancellationToken.None);

        await using DurableTaskTestHost host = await DurableTaskTestHost.StartAsync(
            tasks => tasks.AddReceptionTasks(),
            new DurableTaskTestHostOptions
            {
                ConfigureServices = services =>
                {
                    services.AddSingleton<IAppealStore>(store);
                    services.AddSingleton<IRegistrationNumbers, InMemoryRegistrationNumbers>();
                    services.AddSingleton<TimeProvider>(clock);
                    services.AddSingleton(BuiltInCalendarData.CreateCalendar());
                    services.AddSingleton(DeadlinePolicy.Seed);
                },
            });

        await host.Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(AppealOrchestrator), new AppealWorkflowInput(appealId, AppealOrchestrator.CurrentVersion), new StartOrchestrationOptions(appealId));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        OrchestrationMetadata done = await host.Client.WaitForInstanceCompletionAsync(appealId, getInputsAndOutputs: true, timeout.Token);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(AppealStatus.Registered, done.ReadOutputAs<AppealStatus>());
        AppealRecord stored = (await store.FindAsync(appealId, CancellationToken.None))!;
        Assert.Equal(AppealStatus.Registered, stored.Status);
        Assert.NotNull(stored.RegistrationNumber);
    }
}
