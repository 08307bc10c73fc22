using Reception.Domain.Appeals;
using Reception.Workflow.Appeals;
using Reception.Workflow.Appeals.Events;
using Reception.Workflow.Worklists;

namespace Reception.Workflow.Tests.Orchestration;

/// <summary>
/// The worklists follow the appeal through the real engine (an appeal is listed once the step
/// that makes it wait is recorded, and leaves once the step that ends the wait is), and every
/// staff step names the person who acted (docs/api.md "Worklists", "Who acted").
/// </summary>
public sealed class WorklistAndActorTests : IAsyncLifetime
{
    private static readonly DateOnly ReceptionDay = new(2026, 4, 8); // a Wednesday, 12 working days after 20 March
    private static readonly Actor Nurlan = new("department.nurlan", "Нұрлан Ержанов", "department");
    private static readonly Actor Marat = new("head.marat", "Марат Әлиев", "head");
    private static readonly Actor Akim = new("official.akim", "Облыс әкімі", "official");
    private WorkflowHarness harness = null!;

    public async Task InitializeAsync()
    {
        harness = await WorkflowHarness.StartAsync(TimeSpan.FromDays(1));
        await harness.AddReceptionDayAsync(ReceptionDay);
    }

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task AnAppealIsListedForEachWaitInTurn_WithItsDueDateAndRule_AndLeavesWhenItEnds()
    {
        string id = await harness.SubmitAsync();
        // The step writes the appeal, then its worklist entries (StepRecorder): wait for the entries too.
        AppealRecord underReview = await harness.WaitForAsync(id, AppealStatus.UnderReview, StaffActions.Review);
        await WaitForEntriesAsync(id, StaffActions.Review);
        WorklistEntry review = Assert.Single(harness.Worklists.EntriesOf(id));
        Assert.Equal((StaffActions.Review, underReview.Deadlines!.AnswerDue!.Value, "R8"), (review.Awaiting, review.Due, review.Rule));
        Assert.Contains(await PageAsync(StaffActions.Review), e => e.AppealId == id);

        await harness.Client.RaiseEventAsync(id, StaffActions.Review, new ReviewEvent(ReviewOutcome.Propose, "akim", ReceptionDay, null, null) { By = Nurlan });
        await harness.WaitForAsync(id, AppealStatus.AwaitingDecision, StaffActions.Decision);
        await WaitForEntriesAsync(id, StaffActions.Decision);
        Assert.Equal([StaffActions.Decision], harness.Worklists.EntriesOf(id).Select(e => e.Awaiting));
        Assert.DoesNotContain(await PageAsync(StaffActions.Review), e => e.AppealId == id);

        await harness.Client.RaiseEventAsync(id, StaffActions.Decision, new DecisionEvent(true, null) { By = Marat });
        await harness.WaitForAsync(id, AppealStatus.Scheduled, StaffActions.Reception);
        await WaitForEntriesAsync(id, StaffActions.Reception);
        WorklistEntry reception = Assert.Single(harness.Worklists.EntriesOf(id));
        Assert.Equal((StaffActions.Reception, ReceptionDay, "akim"), (reception.Awaiting, reception.Due, reception.OfficialId));

        await harness.Client.RaiseEventAsync(id, StaffActions.Reception, new ReceptionEvent(
            ReceptionOutcome.Held, true, [new InstructionOrder("Отремонтировать дорогу", "ЖКХ района", ReceptionDay.AddDays(20))], []) { By = Akim });
        AppealRecord controlled = await WaitForEntriesAsync(id, WorklistKinds.InstructionAnswer);
        WorklistEntry instruction = Assert.Single(harness.Worklists.EntriesOf(id));
        Assert.Equal((1, ReceptionDay.AddDays(20), "R20"), (instruction.Instruction, instruction.Due, instruction.Rule));
        Assert.Equal(AppealStatus.UnderControl, controlled.Status);

        await harness.Client.RaiseEventAsync(id, StaffActions.InstructionAnswer(1), new InstructionAnswerEvent("ЖКХ района", "Дорога отремонтирована", true) { By = Nurlan });
        await harness.WaitForAsync(id, AppealStatus.Closed);
        await WaitForEntriesAsync(id, WorklistKinds.Survey);
        Assert.Equal([WorklistKinds.Survey], harness.Worklists.EntriesOf(id).Select(e => e.Awaiting)); // only the survey call list (R23) is left
    }

    [Fact]
    public async Task EveryStaffStepNamesThePersonWhoActed_AndTheWorkflowsOwnStepsNoOne()
    {
        string id = await harness.SubmitAsync();
        await harness.WaitForAsync(id, AppealStatus.UnderReview, StaffActions.Review);
        await harness.Client.RaiseEventAsync(id, StaffActions.Review, new ReviewEvent(ReviewOutcome.Extend, null, null, "Нужен выезд на место", null) { By = Nurlan });
        await WaitForStepAsync(id, "extended");
        await harness.Client.RaiseEventAsync(id, StaffActions.Review, new ReviewEvent(ReviewOutcome.Propose, "akim", ReceptionDay, null, null) { By = Nurlan });
        await harness.WaitForAsync(id, AppealStatus.AwaitingDecision, StaffActions.Decision);
        await harness.Client.RaiseEventAsync(id, StaffActions.Decision, new DecisionEvent(false, "Вопрос не в компетенции акима") { By = Marat });
        AppealRecord refused = await harness.WaitForAsync(id, AppealStatus.Refused);

        Dictionary<string, Actor?> byStep = refused.History.GroupBy(h => h.Step).ToDictionary(g => g.Key, g => g.Last().By);
        Assert.Equal(Nurlan, byStep["extended"]);
        Assert.Equal(Nurlan, byStep["proposed"]);
        Assert.Equal(Marat, byStep["refused"]);
        Assert.Null(byStep["registered"]);
        Assert.Null(byStep["sentForReview"]);
        Assert.Empty(harness.Worklists.EntriesOf(id)); // refused: waits for nothing
    }

    private async Task<IReadOnlyList<WorklistEntry>> PageAsync(string awaiting) =>
        (await harness.Worklists.PageAsync(new WorklistQuery(awaiting, null, null, 50, null), CancellationToken.None)).Entries;

    private async Task WaitForStepAsync(string id, string step)
    {
        for (int i = 0; i < 200 && !(await harness.Appeals.FindAsync(id, CancellationToken.None))!.History.Any(h => h.Step == step); i++)
        {
            await Task.Delay(50);
        }
    }

    private async Task<AppealRecord> WaitForEntriesAsync(string id, string awaiting)
    {
        for (int i = 0; i < 200; i++)
        {
            if (harness.Worklists.EntriesOf(id).Any(e => e.Awaiting == awaiting))
            {
                return (await harness.Appeals.FindAsync(id, CancellationToken.None))!;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Appeal {id} was not listed for {awaiting} within 10 s.");
    }
}
