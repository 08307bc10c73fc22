using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Reception.Workflow.Materials;
using Reception.Workflow.Notifications;

namespace Reception.Workflow.Tests.Orchestration;

/// <summary>R26 through the real engine, on a compressed clock (a day is two seconds).</summary>
public sealed class MaterialsRequestTests : IAsyncLifetime
{
    private WorkflowHarness harness = null!;

    public async Task InitializeAsync() => harness = await WorkflowHarness.StartAsync(TimeSpan.FromSeconds(2));

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task R26_RequestForMaterials_IsSentToTheUnit_EscalatedWhenLate_AndClosedByTheAnswer()
    {
        string id = "m-r26-" + Guid.NewGuid().ToString("N")[..8];
        DateOnly due = harness.Clock.Today.AddDays(1);
        await harness.Client.ScheduleNewOrchestrationInstanceAsync(nameof(MaterialsRequestOrchestrator),
            new MaterialsRequestInput(id, null, "Отдел ЖКХ района", "zhkh@example.kz", "Акт обследования дороги", due, harness.Clock.GetUtcNow(), null),
            new StartOrchestrationOptions(id));

        OutgoingNotification sent = await harness.WaitForMessageAsync(n => n.Id == $"{id}-requested");
        Assert.Equal(Audience.Email("zhkh@example.kz"), sent.Audience);
        Assert.Contains("Акт обследования дороги", sent.Text, StringComparison.Ordinal);

        // Unanswered past the due date: escalated to the Department's head, naming R26.
        OutgoingNotification escalation = await harness.WaitForMessageAsync(n => n.Id.StartsWith(id + "-overdue-", StringComparison.Ordinal), seconds: 20);
        Assert.Equal(Audience.DepartmentHead, escalation.Audience);
        Assert.Contains("R26", escalation.Text, StringComparison.Ordinal);
        Assert.Contains(due, (await harness.Materials.FindAsync(id, CancellationToken.None))!.Escalations);

        await harness.Client.RaiseEventAsync(id, MaterialsAnswerEvent.Name, new MaterialsAnswerEvent("Акт направлен", null));
        OrchestrationMetadata done = await harness.WaitForCompletionAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        MaterialsRequest answered = (await harness.Materials.FindAsync(id, CancellationToken.None))!;
        Assert.Equal("Акт направлен", answered.Answer);
        Assert.Empty(await harness.Materials.ListAsync(openOnly: true, CancellationToken.None));
    }

    [Fact]
    public async Task R26_AnsweredInTime_IsNeverEscalated()
    {
        string id = "m-r26-" + Guid.NewGuid().ToString("N")[..8];
        await harness.Client.ScheduleNewOrchestrationInstanceAsync(nameof(MaterialsRequestOrchestrator),
            new MaterialsRequestInput(id, null, "Отдел образования", null, "Справка о очереди в детский сад", harness.Clock.Today.AddDays(10), harness.Clock.GetUtcNow(), null),
            new StartOrchestrationOptions(id));
        await harness.Client.RaiseEventAsync(id, MaterialsAnswerEvent.Name, new MaterialsAnswerEvent("Справка приложена", null));

        await harness.WaitForCompletionAsync(id);
        Assert.Equal("Справка приложена", (await harness.Materials.FindAsync(id, CancellationToken.None))!.Answer);
        Assert.DoesNotContain(harness.Outbox.Sent, n => n.Id.StartsWith(id, StringComparison.Ordinal)); // no address: the office hands it over; never late
    }
}
