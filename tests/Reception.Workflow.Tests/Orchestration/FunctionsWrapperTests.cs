using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Reception.Domain.Appeals;
using Reception.Workflow.Appeals;
using Reception.Workflow.Appeals.Events;
using Reception.Workflow.Materials;

namespace Reception.Workflow.Tests.Orchestration;

/// <summary>
/// The Functions app declares its orchestrators and activities as <c>[Function]</c> wrappers (no
/// Durable source generator here). These tests register exactly those wrappers — found by their
/// trigger attributes, called through reflection with the durable worker's own contexts and
/// inputs, as the Functions worker calls them — instead of the shared task classes, and run whole
/// lives on them: a wrapper bound to the wrong name, calling the wrong task, or missing fails here.
/// </summary>
public sealed class FunctionsWrapperTests : IAsyncLifetime
{
    private static readonly DateOnly ReceptionDay = new(2026, 4, 8);
    private static readonly Assembly FunctionsApp = typeof(Reception.Functions.Workflow.WorkflowFunctions).Assembly;
    private WorkflowHarness harness = null!;

    public async Task InitializeAsync()
    {
        harness = await WorkflowHarness.StartAsync(TimeSpan.FromSeconds(2), RegisterWrappers);
        await harness.AddReceptionDayAsync(ReceptionDay);
    }

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public void EveryDurableTaskOfTheWorkflow_HasAFunctionsWrapper()
    {
        string[] wrapped = [.. Wrappers().Select(w => w.Name).Order(StringComparer.Ordinal)];
        string[] tasks = [.. typeof(ReceptionTasks).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && (t.GetInterfaces().Contains(typeof(ITaskOrchestrator)) || t.GetInterfaces().Contains(typeof(ITaskActivity))))
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal)];

        Assert.Equal(tasks, wrapped);
    }

    [Fact]
    public async Task R20_AppealLife_OnTheFunctionsWrappers_RunsFromIntakeToClosed()
    {
        string id = await harness.SubmitAsync();
        await harness.WaitForAsync(id, AppealStatus.UnderReview, StaffActions.Review);
        await harness.Client.RaiseEventAsync(id, StaffActions.Review, new ReviewEvent(ReviewOutcome.Propose, "akim", ReceptionDay, null, null));
        await harness.WaitForAsync(id, AppealStatus.AwaitingDecision, StaffActions.Decision);
        await harness.Client.RaiseEventAsync(id, StaffActions.Decision, new DecisionEvent(true, null));
        await harness.WaitForAsync(id, AppealStatus.Scheduled, StaffActions.Reception);
        await harness.Client.RaiseEventAsync(id, StaffActions.Reception, new ReceptionEvent(
            ReceptionOutcome.Held, true, [new InstructionOrder("Провести ремонт", "Отдел ЖКХ", ReceptionDay.AddDays(20))], [new HandedInAppeal(await harness.PersonalData.AddTextAsync(id, "Вопрос о газе", CancellationToken.None))]));
        await harness.WaitForAsync(id, AppealStatus.UnderControl);
        await harness.Client.RaiseEventAsync(id, StaffActions.InstructionAnswer(1), new InstructionAnswerEvent("Отдел ЖКХ", "Выполнено", true));

        OrchestrationMetadata done = await harness.WaitForCompletionAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(AppealStatus.Closed, done.ReadOutputAs<AppealStatus>());
        AppealRecord closed = (await harness.Appeals.FindAsync(id, CancellationToken.None))!;
        Assert.Contains(closed.History, h => h.Step == StepName.HandedInAppealsRegistered); // StartHandedInAppeals ran through its wrapper
    }

    [Fact]
    public async Task R26_MaterialsRequest_OnTheFunctionsWrappers_IsRecordedAndAnswered()
    {
        string id = "m-fn-" + Guid.NewGuid().ToString("N")[..8];
        await harness.Client.ScheduleNewOrchestrationInstanceAsync(nameof(MaterialsRequestOrchestrator),
            new MaterialsRequestInput(id, null, "Отдел ЖКХ", null, "Акт", harness.Clock.Today.AddDays(5), harness.Clock.GetUtcNow(), null),
            new StartOrchestrationOptions(id));
        await harness.Client.RaiseEventAsync(id, MaterialsAnswerEvent.Name, new MaterialsAnswerEvent("Направлено", null));

        OrchestrationMetadata done = await harness.WaitForCompletionAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("Направлено", (await harness.Materials.FindAsync(id, CancellationToken.None))!.Answer);
    }

    private static void RegisterWrappers(DurableTaskRegistry registry)
    {
        foreach ((string name, MethodInfo method, bool orchestrator) in Wrappers())
        {
            if (orchestrator)
            {
                registry.AddOrchestrator(name, () => new WrappedOrchestrator(method));
            }
            else
            {
                registry.AddActivity(name, services => new WrappedActivity(services, method));
            }
        }
    }

    private static IEnumerable<(string Name, MethodInfo Method, bool Orchestrator)> Wrappers() =>
        FunctionsApp.GetTypes()
            .SelectMany(t => t.GetMethods())
            .Select(m => (Function: m.GetCustomAttribute<FunctionAttribute>(), Method: m))
            .Where(x => x.Function is not null)
            .Select(x => (x.Function!.Name, x.Method,
                Orchestrator: x.Method.GetParameters().Any(p => p.GetCustomAttribute<OrchestrationTriggerAttribute>() is not null),
                Activity: x.Method.GetParameters().Any(p => p.GetCustomAttribute<ActivityTriggerAttribute>() is not null)))
            .Where(x => x.Orchestrator || x.Activity)
            .Select(x => (x.Name, x.Method, x.Orchestrator));

    // What a Task<T> a wrapper returned holds.
    private static async Task<object?> ResultOf(object? task)
    {
        var awaited = (Task)task!;
        await awaited;
        return awaited.GetType().GetProperty("Result")?.GetValue(awaited);
    }

    /// <summary>
    /// An orchestrator wrapper (static, takes the context and reads its own input), as the Functions
    /// worker runs it. The input is bound as the type of the shared orchestrator the function's name
    /// names, as the instance was started with: a wrapper that runs another orchestrator fails to read it.
    /// </summary>
    private sealed class WrappedOrchestrator(MethodInfo method) : ITaskOrchestrator
    {
        public Type InputType => typeof(ReceptionTasks).Assembly.GetTypes()
            .Single(t => t.Name == method.GetCustomAttribute<FunctionAttribute>()!.Name)
            .BaseType!.GetGenericArguments()[0];

        public Type OutputType => method.ReturnType.IsGenericType ? method.ReturnType.GetGenericArguments()[0] : typeof(object);

        public Task<object?> RunAsync(TaskOrchestrationContext context, object? input) => ResultOf(method.Invoke(null, BindingFlags.DoNotWrapExceptions, null, [context], null));
    }

    /// <summary>An activity wrapper: its class made from the services as the worker makes it, called with the bound input.</summary>
    private sealed class WrappedActivity(IServiceProvider services, MethodInfo method) : ITaskActivity
    {
        public Type InputType => method.GetParameters().Single(p => p.GetCustomAttribute<ActivityTriggerAttribute>() is not null).ParameterType;

        public Type OutputType => method.ReturnType.IsGenericType ? method.ReturnType.GetGenericArguments()[0] : typeof(object);

        public Task<object?> RunAsync(TaskActivityContext context, object? input)
        {
            object target = Create(services, method.DeclaringType!);
            object?[] arguments = [.. method.GetParameters().Select(p => p.ParameterType == typeof(CancellationToken) ? CancellationToken.None : input)];
            return ResultOf(method.Invoke(target, BindingFlags.DoNotWrapExceptions, null, arguments, null));
        }

        // Constructor arguments from the container, or made from it (the shared activities are not all registered in the harness).
        private static object Create(IServiceProvider services, Type type) =>
            services.GetService(type) ?? Activator.CreateInstance(type, [.. type.GetConstructors().Single().GetParameters().Select(p => services.GetService(p.ParameterType) ?? Create(services, p.ParameterType))])!;
    }
}
