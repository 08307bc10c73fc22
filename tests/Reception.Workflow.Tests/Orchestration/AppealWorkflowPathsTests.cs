using Microsoft.DurableTask.Client;
using Reception.Domain.Appeals;
using Reception.Domain.Schedule;
using Reception.Workflow.Appeals;
using Reception.Workflow.Appeals.Events;
using Reception.Workflow.Notifications;

namespace Reception.Workflow.Tests.Orchestration;

/// <summary>Every path of the regulation through the real engine, in real-length days (no deadline passes during a test).</summary>
public sealed class AppealWorkflowPathsTests : IAsyncLifetime
{
    private static readonly DateOnly ReceptionDay = new(2026, 4, 8); // a Wednesday, 12 working days after 20 March
    private WorkflowHarness harness = null!;

    public async Task InitializeAsync()
    {
        harness = await WorkflowHarness.StartAsync(TimeSpan.FromDays(1));
        await harness.AddReceptionDayAsync(ReceptionDay);
        await harness.AddReceptionDayAsync(ReceptionDay.AddDays(7));
    }

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task R20_FullPath_FromIntakeToClosedWithEveryStepAndMessage()
    {
        string id = await harness.SubmitAsync();
        await harness.WaitForAsync(id, AppealStatus.UnderReview, StaffActions.Review);

        await harness.Client.RaiseEventAsync(id, StaffActions.Review, new ReviewEvent(ReviewOutcome.Propose, "akim", ReceptionDay, null, null));
        await harness.WaitForAsync(id, AppealStatus.AwaitingDecision, StaffActions.Decision);
        await harness.Client.RaiseEventAsync(id, StaffActions.Decision, new DecisionEvent(true, null));
        AppealRecord scheduled = await harness.WaitForAsync(id, AppealStatus.Scheduled, StaffActions.Reception);
        Assert.Equal(new BookedSlot("akim", ReceptionDay, new TimeOnly(10, 0), ReceptionMode.InPerson), scheduled.Progress.Slot);

        await harness.Client.RaiseEventAsync(id, StaffActions.Reception, new ReceptionEvent(
            ReceptionOutcome.Held, true, [new InstructionOrder("Отремонтировать дорогу", "ЖКХ района", ReceptionDay.AddDays(20))], []));
        await harness.WaitForAsync(id, AppealStatus.UnderControl);
        await harness.Client.RaiseEventAsync(id, StaffActions.InstructionAnswer(1), new InstructionAnswerEvent("ЖКХ района", "Ямочный ремонт выполнен", false));
        await harness.Client.RaiseEventAsync(id, StaffActions.InstructionAnswer(1), new InstructionAnswerEvent("ЖКХ района", "Дорога отремонтирована", true));

        await harness.WaitForAsync(id, AppealStatus.Closed);
        OrchestrationMetadata? done = await harness.WaitForCompletionAsync(id);
        AppealRecord closed = (await harness.Appeals.FindAsync(id, CancellationToken.None))!;
        Assert.Equal(AppealStatus.Closed, done.ReadOutputAs<AppealStatus>());
        Assert.Equal(
            ["received", "registered", "sentForReview", "proposed", "approved", "scheduled",
             "participantsInvited", "participantsInvited", "participantsInvited", "participantsInvited", "receptionHeld", "underControl",
             "controlStarted", "instructionAnswered", "instructionAnswered", "closed", "surveyQueued"],
            closed.History.Select(h => h.Step));
        Assert.Equal(2, closed.Progress.Instructions.Single().Answers.Count);
        Assert.Contains((await harness.Surveys.PendingAsync(CancellationToken.None)), e => e.AppealId == id); // R23
        Assert.Equal(["scheduled", "finalAnswer"], closed.Progress.Notifications.Select(n => n.Kind));
        Assert.All(harness.Outbox.Sent.Where(n => n.AppealId == id && n.Audience == Audience.Applicant), n => Assert.Equal("kk", n.Language)); // R18

        // §33: the applicant is told the final answer itself, and every message names where to follow the appeal.
        string last = closed.Progress.Notifications[^1].Text!;
        Assert.Contains("Дорога отремонтирована (ЖКХ района).", last, StringComparison.Ordinal);
        Assert.DoesNotContain("Ямочный ремонт выполнен", last, StringComparison.Ordinal); // an interim answer is not the answer
        Assert.All(closed.Progress.Notifications, n => Assert.EndsWith(
            $"Өтініштің барысы: https://reception.test/status/{closed.TrackingCode} (бақылау коды {closed.TrackingCode}).", n.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Section33_AReceptionWithoutInstructions_TellsTheApplicantTheAnswerGivenThere()
    {
        string id = await ApproveAsync(await harness.SubmitAsync());
        await harness.WaitForAsync(id, AppealStatus.Scheduled, StaffActions.Reception);

        await harness.Client.RaiseEventAsync(id, StaffActions.Reception, new ReceptionEvent(ReceptionOutcome.Held, true, [], [])
        {
            Answer = "Участок включен в план ремонта на 2027 год.",
        });

        AppealRecord closed = await harness.WaitForAsync(id, AppealStatus.Closed);
        Assert.Equal("Участок включен в план ремонта на 2027 год.", closed.Progress.ReceptionAnswer);
        NotificationRecord told = closed.Progress.Notifications[^1];
        Assert.Equal("receptionAnswered", told.Kind);
        Assert.Contains("Қабылдауда берілген жауап: Участок включен в план ремонта на 2027 год.", told.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("тапсырмалар орындалды", told.Text, StringComparison.Ordinal); // not "every instruction executed": there were none
        await harness.WaitForMessageAsync(n => n.AppealId == id && n.Kind == NotificationKind.ReceptionAnswered && n.Text == told.Text);
    }

    [Fact]
    public async Task R7_OutOfTurnApplicantApprovedLater_TakesTheFirstSlotAndTheOtherIsToldOfTheMove()
    {
        string regular = await ApproveAsync(await harness.SubmitAsync("Вопрос о газификации села"));
        Assert.Equal(new TimeOnly(10, 0), (await harness.WaitForAsync(regular, AppealStatus.Scheduled)).Progress.Slot!.Time);

        string veteran = await ApproveAsync(await harness.SubmitAsync("Вопрос о жилье для ветерана", outOfTurn: true, iin: "061211600012"));

        Assert.Equal(new TimeOnly(10, 0), (await harness.WaitForAsync(veteran, AppealStatus.Scheduled)).Progress.Slot!.Time);
        AppealRecord moved = await WaitForStepAsync(regular, "rescheduled"); // the regular's own workflow records its move
        Assert.Equal(new TimeOnly(10, 20), moved.Progress.Slot!.Time);
        Assert.Contains(moved.History, h => h.Step == "rescheduled" && h.Rule == "R7");
        await harness.WaitForMessageAsync(n => n.AppealId == regular && n.Kind == NotificationKind.Rescheduled);
    }

    [Fact]
    public async Task R9_Extension_MovesTheAnswerToThirtyDaysAndTellsTheApplicant()
    {
        string id = await harness.SubmitAsync();
        await harness.WaitForAsync(id, AppealStatus.UnderReview, StaffActions.Review);

        await harness.Client.RaiseEventAsync(id, StaffActions.Review, new ReviewEvent(ReviewOutcome.Extend, null, null, "Нужен выезд на место", null));

        AppealRecord extended = await WaitForStepAsync(id, "extended");
        Assert.True(extended.Progress.Extended);
        Assert.Equal(new DateOnly(2026, 4, 20), extended.Deadlines!.AnswerDue); // 30 days end on Sunday 19 April: the next working day (the law's reading)
        Assert.Equal(StaffActions.Review, extended.Progress.Awaiting);
        await harness.WaitForMessageAsync(n => n.AppealId == id && n.Kind == NotificationKind.Extended && n.Text.Contains("20.04.2026", StringComparison.Ordinal));
    }

    [Fact]
    public async Task R11_CentralBodyRefuses_IsReportedThenBackToReview()
    {
        string id = await harness.SubmitAsync();
        await harness.WaitForAsync(id, AppealStatus.UnderReview, StaffActions.Review);

        await harness.Client.RaiseEventAsync(id, StaffActions.Review, new ReviewEvent(ReviewOutcome.RequestCentralBody, null, null, "Вопрос республиканского уровня", "Министерство транспорта"));
        await harness.WaitForAsync(id, AppealStatus.CentralBodyRequested, StaffActions.CentralBodyResponse);
        await harness.Client.RaiseEventAsync(id, StaffActions.CentralBodyResponse, new CentralBodyResponseEvent(false, "Не в компетенции"));

        AppealRecord back = await harness.WaitForAsync(id, AppealStatus.UnderReview, StaffActions.Review);
        Assert.Equal(["centralBodyRequested", "centralBodyRefusalReported", "backToReview"], back.History.Skip(3).Select(h => h.Step));
        await harness.WaitForMessageAsync(n => n.AppealId == id && n.Kind == NotificationKind.CentralBodyRequested && n.Audience == "applicant"); // R10
        await harness.WaitForMessageAsync(n => n.AppealId == id && n.Kind == NotificationKind.CentralBodyRefusalReport && n.Audience == "presidentialAdministration");
    }

    [Fact]
    public async Task R11_ARefusalRecordedAfterItsReportWasDue_IsRecordedAsMissedAndEscalated()
    {
        string id = await harness.SubmitAsync();
        await harness.WaitForAsync(id, AppealStatus.UnderReview, StaffActions.Review);
        await harness.Client.RaiseEventAsync(id, StaffActions.Review, new ReviewEvent(ReviewOutcome.RequestCentralBody, null, null, "Вопрос республиканского уровня", "Министерство транспорта"));
        await harness.WaitForAsync(id, AppealStatus.CentralBodyRequested, StaffActions.CentralBodyResponse);

        await harness.Client.RaiseEventAsync(id, StaffActions.CentralBodyResponse,
            new CentralBodyResponseEvent(false, "Не в компетенции") { ReportDue = new DateOnly(2026, 3, 17), ReportLate = true });

        AppealRecord back = await harness.WaitForAsync(id, AppealStatus.UnderReview, StaffActions.Review);
        Assert.Equal(["centralBodyRequested", "deadlineMissed", "centralBodyRefusalReported", "backToReview"], back.History.Skip(3).Select(h => h.Step));
        HistoryStep missed = back.History.Single(h => h.Step == StepName.DeadlineMissed);
        Assert.Equal(Rule.R11, missed.Rule);
        Assert.Contains("2026-03-17", missed.Detail, StringComparison.Ordinal);
        await harness.WaitForMessageAsync(n => n.AppealId == id && n.Kind == NotificationKind.Escalation && n.Audience == Audience.DepartmentHead && n.Text.Contains("R11", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HeadRefuses_AppealIsRefusedWithReason()
    {
        string id = await harness.SubmitAsync();
        await harness.WaitForAsync(id, AppealStatus.UnderReview, StaffActions.Review);
        await harness.Client.RaiseEventAsync(id, StaffActions.Review, new ReviewEvent(ReviewOutcome.Propose, "akim", ReceptionDay, null, null));
        await harness.WaitForAsync(id, AppealStatus.AwaitingDecision, StaffActions.Decision);

        await harness.Client.RaiseEventAsync(id, StaffActions.Decision, new DecisionEvent(false, "Вопрос решен в рабочем порядке"));

        AppealRecord refused = await harness.WaitForAsync(id, AppealStatus.Refused);
        Assert.Equal("Вопрос решен в рабочем порядке", refused.Progress.Reason);
        await harness.WaitForMessageAsync(n => n.AppealId == id && n.Kind == NotificationKind.Refused && n.Text.Contains("Вопрос решен", StringComparison.Ordinal));
    }

    [Fact]
    public async Task R23_RefusalAfterAConsultation_PutsTheApplicantOnTheSurveyList()
    {
        string id = await harness.SubmitAsync("Вопрос о субсидии на воду");
        await harness.WaitForAsync(id, AppealStatus.UnderReview, StaffActions.Review);

        await harness.Client.RaiseEventAsync(id, StaffActions.Review, new ReviewEvent(ReviewOutcome.Refuse, null, null, "Дана консультация, от приема отказался", null, ConsultationGiven: true));

        await harness.WaitForAsync(id, AppealStatus.Refused);
        for (int i = 0; i < 100 && (await harness.Surveys.PendingAsync(CancellationToken.None)).All(e => e.AppealId != id); i++)
        {
            await Task.Delay(50);
        }

        Assert.Contains(await harness.Surveys.PendingAsync(CancellationToken.None), e => e.AppealId == id);

        // Issue 30: told of the consultation they accepted, not that they were refused.
        AppealRecord refused = (await harness.Appeals.FindAsync(id, CancellationToken.None))!;
        NotificationRecord told = Assert.Single(refused.Progress.Notifications);
        Assert.Equal("consultationGiven", told.Kind);
        Assert.Contains("кеңес берілді (Дана консультация, от приема отказался).", told.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("бас тартылды", told.Text, StringComparison.Ordinal); // the Refused message's "refused"
    }

    [Fact]
    public async Task R3_SameApplicantSameQuestionAfterAnswer_IsRefusedNamingTheEarlierAppeal()
    {
        string first = await harness.SubmitAsync("Ремонт дороги в ауле Жана", iin: "900101400122");
        await harness.WaitForAsync(first, AppealStatus.UnderReview, StaffActions.Review);
        await harness.Client.RaiseEventAsync(first, StaffActions.Review, new ReviewEvent(ReviewOutcome.Refuse, null, null, "Вне компетенции", null));
        AppealRecord answered = await harness.WaitForAsync(first, AppealStatus.Refused);

        string repeat = await harness.SubmitAsync("РЕМОНТ ДОРОГИ в ауле Жана!", iin: "900101400122");

        AppealRecord refused = await harness.WaitForAsync(repeat, AppealStatus.Refused);
        Assert.Equal(answered.RegistrationNumber, refused.Progress.EarlierAppeal);
        Assert.Equal("R3", refused.History[^1].Rule);
    }

    [Fact]
    public async Task R15_NoShow_EndsTheAppealAndTellsTheApplicant()
    {
        string id = await ApproveAsync(await harness.SubmitAsync());
        await harness.WaitForAsync(id, AppealStatus.Scheduled, StaffActions.Reception);

        await harness.Client.RaiseEventAsync(id, StaffActions.Reception, new ReceptionEvent(ReceptionOutcome.NoShow, false, [], []));

        await harness.WaitForAsync(id, AppealStatus.NoShow);
        await harness.WaitForMessageAsync(n => n.AppealId == id && n.Kind == NotificationKind.NoShow);
    }

    [Fact]
    public async Task R21_R22_AppealHandedInAtReception_StartsItsOwnWorkflowExcludingTheEarlierExecutor()
    {
        string id = await ApproveAsync(await harness.SubmitAsync());
        await harness.WaitForAsync(id, AppealStatus.Scheduled, StaffActions.Reception);

        await harness.Client.RaiseEventAsync(id, StaffActions.Reception, new ReceptionEvent(
            ReceptionOutcome.Held, true, [new InstructionOrder("Проверить", "Иванов", ReceptionDay.AddDays(10))], [new HandedInAppeal(await harness.PersonalData.AddTextAsync(id, "Освещение улицы Абая", CancellationToken.None))]));

        AppealRecord parent = await harness.WaitForAsync(id, AppealStatus.UnderControl);
        string childId = parent.History.Single(h => h.Step == "handedInAppealsRegistered").Detail.Split(": ")[1].TrimEnd('.');
        AppealRecord child = await harness.WaitForAsync(childId, AppealStatus.UnderReview);
        Assert.True(child.Progress.FromPersonalReception);
        Assert.Equal(id, child.Progress.ParentAppealId);
        Assert.Contains("Иванов", child.Progress.ExcludedExecutors);
        Assert.Equal("R21", child.History[0].Rule);
        Assert.Equal("Освещение улицы Абая", child.Submission.Subject); // from the personal data store: the event carried a reference
    }

    [Fact]
    public async Task R14_OfficialAbsent_BookedApplicantMovesToTheNextReceptionDayAndIsTold()
    {
        string id = await ApproveAsync(await harness.SubmitAsync());
        await harness.WaitForAsync(id, AppealStatus.Scheduled, StaffActions.Reception);
        var absences = new Reception.Workflow.Schedule.AbsenceService(
            harness.Schedule,
            new Reception.Workflow.Schedule.SlotChangeNotices(harness.Appeals),
            Domain.Calendar.BuiltInCalendarData.CreateCalendar(),
            Domain.Deadlines.DeadlinePolicy.Seed,
            harness.Clock);

        Reception.Workflow.Schedule.AbsenceOutcome outcome = await absences.RecordAsync("akim", ReceptionDay, "Командировка", harness.Client, CancellationToken.None);

        Assert.True(outcome.NoticeInTime);
        Assert.Equal([id], outcome.MovedAppeals);
        AppealRecord moved = (await harness.Appeals.FindAsync(id, CancellationToken.None))!;
        Assert.Equal(ReceptionDay.AddDays(7), moved.Progress.Slot!.Date);
        Assert.Equal(AppealStatus.Scheduled, moved.Status);
        await harness.WaitForMessageAsync(n => n.AppealId == id && n.Kind == NotificationKind.Rescheduled);
        Reception.Workflow.Schedule.ScheduledDay absent = (await harness.Schedule.FindDayAsync("akim", ReceptionDay, CancellationToken.None))!;
        Assert.Empty(absent.Bookings);
        Assert.Equal("Командировка", absent.AbsenceReason);

        // A later approval for the same day is booked on the official's next day, not into the absent one.
        string later = await ApproveAsync(await harness.SubmitAsync("Вопрос о газификации села", iin: "061211600012"));
        Assert.Equal(ReceptionDay.AddDays(7), (await harness.WaitForAsync(later, AppealStatus.Scheduled)).Progress.Slot!.Date);
    }

    [Fact]
    public async Task StaffEvent_ForAWaitAlreadyOver_IsDroppedAndTheCurrentWaitGoesOn()
    {
        string id = await harness.SubmitAsync();
        string firstWait = (await harness.WaitForAsync(id, AppealStatus.UnderReview, StaffActions.Review)).Progress.AwaitingStep!;
        await harness.Client.RaiseEventAsync(id, StaffActions.Review, new ReviewEvent(ReviewOutcome.Extend, null, null, "Нужен выезд на место", null) { ForStep = firstWait });
        string secondWait = (await WaitForStepAsync(id, "extended")).Progress.AwaitingStep!;

        // The first request again (a client's retry after a lost reply) answers a wait that is over.
        await harness.Client.RaiseEventAsync(id, StaffActions.Review, new ReviewEvent(ReviewOutcome.Refuse, null, null, "Повтор запроса", null) { ForStep = firstWait });
        await harness.Client.RaiseEventAsync(id, StaffActions.Review, new ReviewEvent(ReviewOutcome.Propose, "akim", ReceptionDay, null, null) { ForStep = secondWait });

        AppealRecord proposed = await harness.WaitForAsync(id, AppealStatus.AwaitingDecision, StaffActions.Decision);
        Assert.DoesNotContain(proposed.History, h => h.Step == "refused");
        Assert.Single(proposed.History, h => h.Step == "extended");
    }

    private async Task<string> ApproveAsync(string id)
    {
        await harness.WaitForAsync(id, AppealStatus.UnderReview, StaffActions.Review);
        await harness.Client.RaiseEventAsync(id, StaffActions.Review, new ReviewEvent(ReviewOutcome.Propose, "akim", ReceptionDay, null, null));
        await harness.WaitForAsync(id, AppealStatus.AwaitingDecision, StaffActions.Decision);
        await harness.Client.RaiseEventAsync(id, StaffActions.Decision, new DecisionEvent(true, null));
        return id;
    }

    private async Task<AppealRecord> WaitForStepAsync(string id, string step)
    {
        for (int i = 0; i < 400; i++)
        {
            AppealRecord appeal = (await harness.Appeals.FindAsync(id, CancellationToken.None))!;
            if (appeal.History.Any(h => h.Step == step))
            {
                return appeal;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No step {step} on {id}.");
    }
}
