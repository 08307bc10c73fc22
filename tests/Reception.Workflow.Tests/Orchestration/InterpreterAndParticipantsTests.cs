using Reception.Domain.Appeals;
using Reception.Workflow.Appeals;
using Reception.Workflow.Appeals.Events;
using Reception.Workflow.Notifications;

namespace Reception.Workflow.Tests.Orchestration;

/// <summary>R16 (interpreter) and R24 (participants of the akim's reception) through the real engine.</summary>
public sealed class InterpreterAndParticipantsTests : IAsyncLifetime
{
    private static readonly DateOnly ReceptionDay = new(2026, 4, 8); // a Wednesday
    private WorkflowHarness harness = null!;

    public async Task InitializeAsync()
    {
        harness = await WorkflowHarness.StartAsync(TimeSpan.FromDays(1));
        await harness.AddReceptionDayAsync(ReceptionDay);
        await harness.AddReceptionDayAsync(ReceptionDay, officialId: "deputy-1");
    }

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task R24_AkimsReception_InvitesEachBodyWithItsOwnMessage_AndTheProtocolRecordsWhoCame()
    {
        string id = await ScheduleAsync("akim");

        // Each body: one message (queued right after its history line) and one history line.
        foreach (string body in ReceptionParticipants.All)
        {
            OutgoingNotification invitation = await harness.WaitForMessageAsync(n => n.AppealId == id && n.Audience == body);
            Assert.Equal(NotificationKind.Invitation, invitation.Kind);
            Assert.Contains("08.04.2026", invitation.Text, StringComparison.Ordinal);
        }

        AppealRecord scheduled = (await harness.Appeals.FindAsync(id, CancellationToken.None))!;
        Assert.Equal(4, scheduled.History.Count(h => h.Step == StepName.ParticipantsInvited && h.Rule == Rule.R24));

        await harness.Client.RaiseEventAsync(id, StaffActions.Reception, new ReceptionEvent(ReceptionOutcome.Held, true, [], [])
        {
            Attendance = [ReceptionParticipants.Prosecutor, ReceptionParticipants.AntiCorruption],
        });
        AppealRecord closed = await harness.WaitForAsync(id, AppealStatus.Closed);

        Assert.Equal([ReceptionParticipants.Prosecutor, ReceptionParticipants.AntiCorruption], closed.Progress.Attendance);
        Assert.Contains("the prosecutor's office, the anti-corruption agency", closed.History.Single(h => h.Step == StepName.ReceptionHeld).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task R24_DeputysReception_InvitesNobody()
    {
        string id = await ScheduleAsync("deputy-1");

        AppealRecord scheduled = (await harness.Appeals.FindAsync(id, CancellationToken.None))!;
        Assert.DoesNotContain(scheduled.History, h => h.Step == StepName.ParticipantsInvited);
        Assert.DoesNotContain(harness.Outbox.Sent, n => n.AppealId == id && n.Kind == NotificationKind.Invitation);
    }

    [Fact]
    public async Task R16_InterpreterNeeded_IsRequestedWithTheLanguage_ArrangedBeforeTheReception_AndInTheProtocol()
    {
        string id = await ScheduleAsync("deputy-1", interpreterLanguage: "English", awaiting: StaffActions.Interpreter);
        AppealRecord requested = (await harness.Appeals.FindAsync(id, CancellationToken.None))!;
        Assert.Contains("English", requested.History.Single(h => h.Step == StepName.InterpreterRequested).Detail, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 4, 7), requested.Progress.Interpreter!.Due); // the working day before the reception
        Assert.False(requested.Progress.Interpreter.IsArranged);

        // A protocol sent before the interpreter is arranged is not what the workflow waits for: it is never recorded.
        await harness.Client.RaiseEventAsync(id, StaffActions.Reception, new ReceptionEvent(ReceptionOutcome.Held, true, [], []) { ForStep = requested.Progress.AwaitingStep });
        await harness.Client.RaiseEventAsync(id, StaffActions.Interpreter, new InterpreterEvent("Айгерим Садыкова", "English") { ForStep = requested.Progress.AwaitingStep });
        AppealRecord arranged = await harness.WaitForAsync(id, AppealStatus.Scheduled, StaffActions.Reception);
        Assert.Equal("Айгерим Садыкова", arranged.Progress.Interpreter!.Name);
        await Task.Delay(500);
        Assert.Equal(AppealStatus.Scheduled, (await harness.Appeals.FindAsync(id, CancellationToken.None))!.Status);

        await harness.Client.RaiseEventAsync(id, StaffActions.Reception, new ReceptionEvent(ReceptionOutcome.Held, true, [], []) { ForStep = arranged.Progress.AwaitingStep });
        AppealRecord closed = await harness.WaitForAsync(id, AppealStatus.Closed);
        Assert.Contains("interpreter into English: Айгерим Садыкова (R16)", closed.History.Single(h => h.Step == StepName.ReceptionHeld).Detail, StringComparison.Ordinal);
        Assert.Equal(
            [StepName.Scheduled, StepName.InterpreterRequested, StepName.InterpreterArranged, StepName.ReceptionHeld],
            closed.History.Select(h => h.Step).Where(s => s is StepName.Scheduled or StepName.InterpreterRequested or StepName.InterpreterArranged or StepName.ReceptionHeld));
    }

    [Fact]
    public async Task R16_NoInterpreterNeeded_TheReceptionIsAwaitedAtOnce()
    {
        string id = await ScheduleAsync("deputy-1");
        AppealRecord scheduled = (await harness.Appeals.FindAsync(id, CancellationToken.None))!;
        Assert.Null(scheduled.Progress.Interpreter);
        Assert.DoesNotContain(scheduled.History, h => h.Step == StepName.InterpreterRequested);
    }

    private async Task<string> ScheduleAsync(string officialId, string? interpreterLanguage = null, string awaiting = StaffActions.Reception)
    {
        string id = await harness.SubmitAsync(interpreterLanguage: interpreterLanguage);
        await harness.WaitForAsync(id, AppealStatus.UnderReview, StaffActions.Review);
        await harness.Client.RaiseEventAsync(id, StaffActions.Review, new ReviewEvent(ReviewOutcome.Propose, officialId, ReceptionDay, null, null));
        await harness.WaitForAsync(id, AppealStatus.AwaitingDecision, StaffActions.Decision);
        await harness.Client.RaiseEventAsync(id, StaffActions.Decision, new DecisionEvent(true, null));
        return (await harness.WaitForAsync(id, AppealStatus.Scheduled, awaiting)).AppealId;
    }
}
