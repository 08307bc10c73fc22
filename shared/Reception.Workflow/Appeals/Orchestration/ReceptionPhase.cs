using Microsoft.DurableTask;
using Reception.Domain.Appeals;
using Reception.Workflow.Appeals;
using Reception.Workflow.Appeals.Activities;
using Reception.Workflow.Appeals.Events;
using Reception.Workflow.Deadlines;
using Reception.Workflow.Durable;
using Reception.Workflow.Notifications;

namespace Reception.Workflow.Appeals.Orchestration;

/// <summary>The appeal's path from the head's approval to closing: scheduling, reception, control, survey.</summary>
internal static class ReceptionPhase
{
    /// <summary>Days the office is reminded that the official has no free slot, before the workflow gives up (about a year of working days).</summary>
    private const int MaxNoFreeSlotDays = 250;

    /// <summary>Bookings whose day was re-planned again before the slot could be recorded; far more than any schedule makes.</summary>
    private const int MaxBookingAttempts = 10;

    /// <summary>R6, R7, R17, R8: a slot in queue order, and the applicant told date, time and mode.</summary>
    /// <remarks>
    /// Booking can move others on the day (an out-of-turn applicant goes ahead): each of them gets
    /// an event and records its new slot in its own workflow. This appeal's slot is recorded from
    /// the day as it is when recorded, so what the applicant is told is what is stored.
    /// </remarks>
    public static async Task<AppealSnapshot> ScheduleAsync(TaskOrchestrationContext context, string id, AppealSteps steps)
    {
        AppealSnapshot? scheduled = null;
        for (int attempt = 0; scheduled?.Slot is null; attempt++)
        {
            if (attempt == MaxBookingAttempts)
            {
                throw new InvalidOperationException($"Appeal {id}: its booking kept moving before it could be recorded.");
            }

            SlotBooking booking = await BookAsync(context, id, steps);
            foreach (string other in booking.OthersToTell)
            {
                context.SendEvent(other, SlotChangedEvent.Name, new SlotChangedEvent(booking.Slot.OfficialId, booking.Slot.Date, Rule.R7, "queue order (R7)"));
            }

            // Null slot: the booking left that day meanwhile (an absence moved it); book again finds where it is.
            scheduled = await steps.RecordSlotAsync(booking.Slot.OfficialId, booking.Slot.Date, Rule.R8, StepName.Scheduled);
        }

        BookedSlot slot = scheduled.Slot;
        if (ReceptionParticipants.ReceivesWith(slot.OfficialId))
        {
            // One invitation, one message, one history line per body: each can be traced and resent on its own.
            foreach (string participant in ReceptionParticipants.All)
            {
                await steps.AdvanceAsync(StepName.ParticipantsInvited, Rule.R24,
                    string.Create(System.Globalization.CultureInfo.InvariantCulture,
                        $"Invited {ReceptionParticipants.NameOf(participant)} to the akim's reception of {slot.Date:yyyy-MM-dd} at {slot.Time:HH\\:mm}."),
                    awaiting: StaffActions.Reception, notify: NotificationKind.Invitation, audience: participant);
            }
        }

        if (scheduled.ForeignOrStateless)
        {
            await steps.AdvanceAsync(StepName.SecrecyRegime, Rule.R16, "A foreigner or stateless person: received under the secrecy regime rules, with an interpreter where needed.",
                awaiting: StaffActions.Reception);
        }

        return scheduled;
    }

    /// <summary>
    /// R16: an applicant who needs an interpreter gets one requested with the
    /// booking, and the reception waits until the office has arranged it; due the working day
    /// before the reception, escalated when late. The applicant's moves meanwhile are recorded.
    /// </summary>
    public static async Task<InterpreterEvent?> ArrangeInterpreterAsync(
        TaskOrchestrationContext context, string id, StepKeys keys, AppealSteps steps, AppealSnapshot scheduled, VideoConnectionSender? video = null)
    {
        if (!scheduled.NeedsInterpreter)
        {
            return null;
        }

        string language = scheduled.InterpreterLanguage ?? "a language the office confirms with the applicant";
        if (video is not null)
        {
            video.Awaiting = StaffActions.Interpreter;
        }

        await steps.AdvanceAsync(StepName.InterpreterRequested, Rule.R16,
            $"An interpreter into {language} is requested for the reception; the office arranges one by the working day before it.",
            awaiting: StaffActions.Interpreter, change: new InterpreterRequested(scheduled.InterpreterLanguage));
        InterpreterEvent arranged = await StaffWaits.WaitAsync<InterpreterEvent>(
            context, id, StaffActions.Interpreter, new TimerRequest(id, TimerBasis.WorkingDayBeforeReception), Rule.R16, keys,
            onSlotChanged: moved => RecordMoveAsync(steps, moved, video),
            sideWork: video is null ? null : video.NextAsync);
        await steps.AdvanceAsync(StepName.InterpreterArranged, Rule.R16, $"Interpreter into {arranged.Language} arranged: {arranged.Name}.",
            awaiting: StaffActions.Reception, change: new InterpreterArranged(arranged.Name, arranged.Language), by: arranged.By);
        return arranged;
    }

    // No reception day of the official has room: escalate and look again the next working day.
    // The applicant must be told a date by the answer date (R8) even while waiting for room: past it, the miss is
    // recorded once, escalated and counted, and the search goes on.
    private static async Task<SlotBooking> BookAsync(TaskOrchestrationContext context, string id, AppealSteps steps)
    {
        SlotBooking? booking = await context.CallActivityAsync<SlotBooking?>(nameof(BookSlot), id, ActivityRetry.Standard);
        PlannedTimer? answerDue = booking is null
            ? await context.CallActivityAsync<PlannedTimer>(nameof(PlanTimer), new TimerRequest(id, TimerBasis.AnswerDue), ActivityRetry.Standard)
            : null;
        bool missRecorded = false;
        for (int day = 1; booking is null; day++)
        {
            if (day > MaxNoFreeSlotDays)
            {
                throw new InvalidOperationException($"Appeal {id}: no reception day had a free slot for {MaxNoFreeSlotDays} working days.");
            }

            await steps.AdvanceAsync(StepName.NoFreeSlot, Rule.R6, "No reception day of the proposed official has a free slot; the office must add one.",
                notify: NotificationKind.Escalation, audience: Audience.DepartmentHead,
                values: new Dictionary<string, string> { ["due"] = context.CurrentUtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
            PlannedTimer retry = await context.CallActivityAsync<PlannedTimer>(
                nameof(PlanTimer), new TimerRequest(id, TimerBasis.WorkingDaysAfterDate, WorkingDays: 1), ActivityRetry.Standard);
            await context.CreateTimer(retry.FireAtUtc, CancellationToken.None);
            booking = await context.CallActivityAsync<SlotBooking?>(nameof(BookSlot), id, ActivityRetry.Standard);
            if (booking is null && answerDue is not null && !missRecorded && context.CurrentUtcDateTime >= answerDue.FireAtUtc)
            {
                string due = answerDue.Due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                await steps.AdvanceAsync(StepName.DeadlineMissed, Rule.R8,
                    $"The R8 deadline of {due} passed before a free slot was found; escalated to the Department's head.",
                    notify: NotificationKind.Escalation, audience: Audience.DepartmentHead,
                    values: new Dictionary<string, string> { ["due"] = due, ["rule"] = Rule.R8 });
                missRecorded = true;
            }
        }

        return booking;
    }

    /// <summary>R15, R19, R21, R20, R23: the reception, the control of its instructions, closing and the survey.</summary>
    /// <param name="interpreter">The interpreter arranged for the reception (R16), recorded in its protocol.</param>
    /// <param name="video">Sends a video reception's connection details while the reception is awaited (§12).</param>
    public static async Task<AppealStatus> ReceiveAsync(
        TaskOrchestrationContext context, string id, StepKeys keys, AppealSteps steps, InterpreterEvent? interpreter = null, VideoConnectionSender? video = null)
    {
        if (video is not null)
        {
            video.Awaiting = StaffActions.Reception;
        }

        ReceptionEvent reception = await StaffWaits.WaitAsync<ReceptionEvent>(
            context, id, StaffActions.Reception, new TimerRequest(id, TimerBasis.ReceptionDay), Rule.R19, keys,
            onSlotChanged: moved => RecordMoveAsync(steps, moved, video),
            waitStartedAt: Math.Max(steps.SlotRecordedAt, interpreter is null ? 0 : keys.Last),
            sideWork: video is null ? null : video.NextAsync);
        if (reception.Outcome == ReceptionOutcome.NoShow)
        {
            await steps.AdvanceAsync(StepName.NoShow, Rule.R15, "The applicant did not come to the reception.", AppealStatus.NoShow, notify: NotificationKind.NoShow, by: reception.By);
            await steps.AdvanceAsync(StepName.SurveyQueued, Rule.R23, "Queued for the satisfaction survey.", change: new SurveyQueued());
            return AppealStatus.NoShow;
        }

        List<Instruction> instructions = reception.Instructions
            .Select((order, index) => new Instruction(index + 1, order.Text, order.Assignee, order.DueDate))
            .ToList();
        await steps.AdvanceAsync(StepName.ReceptionHeld, Rule.R19,
            $"Reception held; identity verified (R15); {instructions.Count} instruction(s) in the protocol; {reception.HandedInAppeals.Count} appeal(s) handed in" +
            ProtocolParticipants(reception, interpreter) + ".",
            AppealStatus.ReceptionHeld, change: new ProtocolRecorded(instructions, reception.Attendance, reception.Answer), by: reception.By);

        if (reception.HandedInAppeals.Count > 0)
        {
            IReadOnlyList<string> handedIn = await context.CallActivityAsync<IReadOnlyList<string>>(
                nameof(StartHandedInAppeals),
                new HandedInAppeals(id, [.. reception.HandedInAppeals.Select(a => a.SubjectReference)]),
                ActivityRetry.Standard);
            await steps.AdvanceAsync(StepName.HandedInAppealsRegistered, Rule.R21,
                $"Appeals handed in at the reception registered as 'from personal reception': {string.Join(", ", handedIn)}.");
        }

        if (instructions.Count > 0)
        {
            await steps.AdvanceAsync(StepName.UnderControl, Rule.R20, "The Department controls the protocol's instructions.", AppealStatus.UnderControl);
            await Task.WhenAll(instructions.Select(i => InstructionControl.RunAsync(context, id, i.Number, i.DueDate)));
        }

        // The applicant is told the answer itself (§33): the instructions' final answers, or, with
        // none, what the official answered at the reception.
        await steps.AdvanceAsync(StepName.Closed, Rule.R20,
            instructions.Count > 0 ? "Every instruction has a final reasoned answer; the applicant is answered." : "No instruction followed the reception; the applicant is told the answer given there.",
            AppealStatus.Closed, notify: instructions.Count > 0 ? NotificationKind.FinalAnswer : NotificationKind.ReceptionAnswered);
        await steps.AdvanceAsync(StepName.SurveyQueued, Rule.R23, "Queued for the satisfaction survey.", change: new SurveyQueued());
        return AppealStatus.Closed;
    }

    // A move is recorded and told in the appeal's own workflow; the video sender learns the new mode.
    private static async Task RecordMoveAsync(AppealSteps steps, SlotChangedEvent moved, VideoConnectionSender? video)
    {
        AppealSnapshot now = await steps.RecordSlotAsync(moved.OfficialId, moved.Date, moved.Rule, moved.Reason);
        video?.Moved(now);
    }

    // R16, R24: who else took part, as the protocol records it.
    private static string ProtocolParticipants(ReceptionEvent reception, InterpreterEvent? interpreter)
    {
        string text = interpreter is null ? string.Empty : $"; interpreter into {interpreter.Language}: {interpreter.Name} (R16)";
        return reception.Attendance.Count == 0
            ? text
            : text + "; took part (R24): " + string.Join(", ", reception.Attendance.Select(ReceptionParticipants.NameOf));
    }
}
