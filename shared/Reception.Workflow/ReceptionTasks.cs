using Microsoft.DurableTask;
using Reception.Workflow.Appeals.Activities;
using Reception.Workflow.Appeals.Orchestration;
using Reception.Workflow.Deadlines;
using Reception.Workflow.Materials;

namespace Reception.Workflow;

/// <summary>
/// Every orchestrator and activity of the workflow, registered under its <c>nameof</c>: the one
/// place the local host learns the task names. The Functions app declares the same names with
/// <c>[Function(nameof(X))]</c> wrappers.
/// </summary>
public static class ReceptionTasks
{
    public static DurableTaskRegistry AddReceptionTasks(this DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.AddOrchestrator<AppealOrchestrator>();
        registry.AddActivity<OpenAppeal>();
        registry.AddActivity<AdvanceAppeal>();
        registry.AddActivity<PlanTimer>();
        registry.AddActivity<BookSlot>();
        registry.AddActivity<RecordSlot>();
        registry.AddActivity<CheckVideoConnection>();
        registry.AddActivity<StartHandedInAppeals>();
        registry.AddOrchestrator<MaterialsRequestOrchestrator>();
        registry.AddActivity<RecordMaterialsStep>();
        return registry;
    }
}
