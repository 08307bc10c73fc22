using System.Globalization;
using Microsoft.DurableTask;
using Reception.Domain;
using Reception.Domain.Appeals;
using Reception.Domain.Schedule;
using Reception.Workflow.Appeals;
using Reception.Workflow.Notifications;
using Reception.Workflow.Schedule;

namespace Reception.Workflow.Appeals.Activities;

/// <summary>
/// Records the applicant's slot as the schedule holds it now, and tells the applicant from that
/// record: the first time as <c>scheduled</c> (R8), after a move as <c>rescheduled</c> (or
/// <c>switchedToVideo</c>, R17). Only the appeal's own workflow calls it, so the appeal has one
/// writer and its messages follow its record in order.
/// </summary>
/// <remarks>
/// The slot is read from the reception day at the moment of recording, never taken from an older
/// reply: whatever re-planned the day meanwhile is what the applicant hears. A booking no longer
/// on that day has moved again, and the move that took it away sends its own event; a slot equal
/// to the recorded one records and sends nothing.
/// </remarks>
public sealed class RecordSlot(IAppealStore appeals, IScheduleStore schedule, StepRecorder recorder, StepFollowUps followUps) : TaskActivity<RecordSlotInput, AppealSnapshot>
{
    public override Task<AppealSnapshot> RunAsync(TaskActivityContext context, RecordSlotInput input) => ExecuteAsync(input, CancellationToken.None);

    public async Task<AppealSnapshot> ExecuteAsync(RecordSlotInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        AppealRecord appeal = await appeals.FindAsync(input.AppealId, cancellationToken)
            ?? throw new InvalidOperationException($"Appeal {input.AppealId} is not stored.");
        ScheduledDay? day = await schedule.FindDayAsync(input.OfficialId, input.Date, cancellationToken);
        if (day?.Bookings.FirstOrDefault(b => b.AppealId == input.AppealId) is not { } booking)
        {
            return AppealSnapshot.Of(appeal);
        }

        var slot = new BookedSlot(day.OfficialId, day.Date, booking.Time, booking.Mode);
        AppealStep step;
        if (slot != appeal.Progress.Slot)
        {
            step = appeal.Progress.Slot is null ? Scheduled(input, slot, appeal, day) : Moved(input, slot, appeal, day);
        }
        else if (appeal.Progress.Notifications.FirstOrDefault(n => n.Id == $"{input.AppealId}-{input.StepKey}") is { } mine)
        {
            // An earlier attempt of this very step recorded the slot and died before its message
            // was queued: the same step again records nothing and queues the message (same id).
            step = mine.Kind == CamelCaseNames.Of(NotificationKind.Scheduled) ? Scheduled(input, slot, appeal, day) : Moved(input, slot, appeal, day);
        }
        else
        {
            return AppealSnapshot.Of(appeal); // recorded and told already
        }

        AppealRecord recorded = await recorder.RecordAsync(step, cancellationToken);
        await followUps.RunAsync(step, recorded, cancellationToken);
        return AppealSnapshot.Of(recorded);
    }

    private static AppealStep Scheduled(RecordSlotInput input, BookedSlot slot, AppealRecord appeal, ScheduledDay day) => new(
        input.AppealId,
        input.StepKey,
        StepName.Scheduled,
        Rule.R8,
        string.Create(CultureInfo.InvariantCulture, $"Reception by {slot.OfficialId} on {slot.Date:yyyy-MM-dd} at {slot.Time:HH\\:mm}, {(slot.Mode == ReceptionMode.Video ? "by video conference" : "in person")}."),
        AppealStatus.Scheduled,
        StaffActions.Reception,
        new SlotRecorded(slot),
        NotificationKind.Scheduled,
        Values: BookingMessage.Values(appeal, day, slot));

    // A move keeps what the appeal waits for: the reception, or first the interpreter (R16).
    private static AppealStep Moved(RecordSlotInput input, BookedSlot slot, AppealRecord appeal, ScheduledDay day) => new(
        input.AppealId,
        input.StepKey,
        input.Rule == Rule.R17 ? StepName.SwitchedToVideo : StepName.Rescheduled,
        input.Rule,
        string.Create(CultureInfo.InvariantCulture, $"Moved to {slot.Date:yyyy-MM-dd} {slot.Time:HH\\:mm}, {(slot.Mode == ReceptionMode.Video ? "by video conference" : "in person")}: {input.Reason}."),
        Awaiting: appeal.Progress.Awaiting ?? StaffActions.Reception,
        Change: new SlotRecorded(slot, input.Reason),
        Notify: NotificationKind.Rescheduled,
        Values: new Dictionary<string, string>(BookingMessage.Values(appeal, day, slot).Concat(ReasonValues(input))));

    // The queue-order reason is the system's own words, so each applicant gets it in their language (R18).
    private static Dictionary<string, string> ReasonValues(RecordSlotInput input) => input.Rule == Rule.R7
        ? new Dictionary<string, string> { ["reason.ru"] = "очередность приема (R7)", ["reason.kk"] = "қабылдау кезектілігі (R7)" }
        : new Dictionary<string, string> { ["reason"] = input.Reason };
}
