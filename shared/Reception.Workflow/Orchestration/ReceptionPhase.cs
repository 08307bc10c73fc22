using Microsoft.DurableTask;
using Reception.Domain.Appeals;
using Reception.Workflow.Activities;
using Reception.Workflow.Appeals;
using Reception.Workflow.Events;
using Reception.Workflow.Notifications;

namespace Reception.Workflow.Orchestration;

/// <summary>The appeal's path from the head's approval to closing: scheduling, reception, control, survey.</summary>
internal static class ReceptionPhase
{
    /// <summary>R6, R7, R17, R8: a slot in queue order, and the applicant told date, time and mode.</summary>
    public static async Task<AppealSnapshot> ScheduleAsync(TaskOrchestrationContext context, string id, AppealSteps steps)
    {
        BookedSlot? slot = await context.CallActivityAsync<BookedSlot?>(nameof(BookSlot), id, ActivityRetry.Standard);
        for (int day = 1; slot is null; day++)
        {
            // No reception day of the official has room: escalate and look again the next working day.
            await steps.AdvanceAsync("noFreeSlot", "R6", "No reception day of the proposed official has a free slot; the office must add one.",
                notify: NotificationKind.Escalation, audience: AppealStep.DepartmentHead,
                values: new Dictionary<string, string> { ["due"] = context.CurrentUtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
            PlannedTimer retry = await context.CallActivityAsync<PlannedTimer>(
                nameof(PlanTimer), new TimerRequest(id, TimerBasis.WorkingDaysAfterDate, WorkingDays: 1), ActivityRetry.Standard);
            await context.CreateTimer(retry.FireAtUtc, CancellationToken.None);
            slot = await context.CallActivityAsync<BookedSlot?>(nameof(BookSlot), id, ActivityRetry.Standard);
        }

        AppealSnapshot scheduled = await steps.AdvanceAsync("scheduled", "R8",
            $"Reception by {slot.OfficialId} on {slot.Date:yyyy-MM-dd} at {slot.Time:HH\\:mm}, {(slot.Mode == Domain.Schedule.ReceptionMode.Video ? "by video conference" : "in person")}.",
            AppealStatus.Scheduled, StaffActions.Reception, new AppealChange(Slot: slot), NotificationKind.Scheduled);
        if (string.Equals(slot.OfficialId, "akim", StringComparison.OrdinalIgnoreCase))
        {
            await steps.AdvanceAsync("participantsInvited", "R24",
                "The prosecutor's office, internal affairs, the anti-corruption agency and the courts' administration are invited to the akim's reception.",
                awaiting: StaffActions.Reception);
        }

        if (scheduled.ForeignOrStateless)
        {
            await steps.AdvanceAsync("secrecyRegime", "R16", "A foreigner or stateless person: received under the secrecy regime rules, with an interpreter where needed.",
                awaiting: StaffActions.Reception);
        }

        return scheduled;
    }

    /// <summary>R15, R19, R21, R20, R23: the reception, the control of its instructions, closing and the survey.</summary>
    public static async Task<AppealStatus> ReceiveAsync(TaskOrchestrationContext context, string id, StepKeys keys, AppealSteps steps)
    {
        ReceptionEvent reception = await StaffWaits.WaitAsync<ReceptionEvent>(
            context, id, StaffActions.Reception, new TimerRequest(id, TimerBasis.ReceptionDay), "R19", keys);
        if (reception.Outcome == ReceptionOutcome.NoShow)
        {
            await steps.AdvanceAsync("noShow", "R15", "The applicant did not come to the reception.", AppealStatus.NoShow, notify: NotificationKind.NoShow);
            await steps.AdvanceAsync("surveyQueued", "R23", "Queued for the satisfaction survey.", change: new AppealChange(QueueForSurvey: true));
            return AppealStatus.NoShow;
        }

        List<Instruction> instructions = reception.Instructions
            .Select((order, index) => new Instruction(index + 1, order.Text, order.Assignee, order.DueDate))
            .ToList();
        await steps.AdvanceAsync("receptionHeld", "R19",
            $"Reception held; identity verified (R15); {instructions.Count} instruction(s) in the protocol; {reception.HandedInAppeals.Count} appeal(s) handed in.",
            AppealStatus.ReceptionHeld, change: new AppealChange(Instructions: instructions));

        if (reception.HandedInAppeals.Count > 0)
        {
            IReadOnlyList<string> handedIn = await context.CallActivityAsync<IReadOnlyList<string>>(
                nameof(StartHandedInAppeals),
                new HandedInAppeals(id, [.. reception.HandedInAppeals.Select(a => a.Subject)]),
                ActivityRetry.Standard);
            await steps.AdvanceAsync("handedInAppealsRegistered", "R21",
                $"Appeals handed in at the reception registered as 'from personal reception': {string.Join(", ", handedIn)}.");
        }

        if (instructions.Count > 0)
        {
            await steps.AdvanceAsync("underControl", "R20", "The Department controls the protocol's instructions.", AppealStatus.UnderControl);
            await Task.WhenAll(instructions.Select(i => InstructionControl.RunAsync(context, id, i.Number, i.DueDate)));
        }

        await steps.AdvanceAsync("closed", "R20", "Every instruction has a final reasoned answer; the applicant is answered.", AppealStatus.Closed,
            notify: NotificationKind.FinalAnswer);
        await steps.AdvanceAsync("surveyQueued", "R23", "Queued for the satisfaction survey.", change: new AppealChange(QueueForSurvey: true));
        return AppealStatus.Closed;
    }
}
