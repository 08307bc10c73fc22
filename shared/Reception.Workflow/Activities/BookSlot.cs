using System.Globalization;
using Microsoft.DurableTask;
using Reception.Domain.Queue;
using Reception.Domain.Schedule;
using Reception.Workflow.Appeals;
using Reception.Workflow.Notifications;
using Reception.Workflow.Ports;
using Reception.Workflow.Schedule;

namespace Reception.Workflow.Activities;

/// <summary>
/// Places an approved applicant into the proposed official's reception day in queue order (R6,
/// R7): the day is planned again with every booking, so an out-of-turn applicant goes ahead of
/// regular ones; those whose time moves are told (R14-style message). A full day spills to the
/// official's next reception day. Video under restrictive measures or by the applicant's choice (R17).
/// </summary>
/// <returns>The slot, or null when the official has no reception day with room left.</returns>
public sealed class BookSlot(IAppealStore appeals, IScheduleStore schedule, AdvanceAppeal advance) : TaskActivity<string, BookedSlot?>
{
    private const int MaxAttempts = 10;

    public override Task<BookedSlot?> RunAsync(TaskActivityContext context, string input) => ExecuteAsync(input, CancellationToken.None);

    public async Task<BookedSlot?> ExecuteAsync(string appealId, CancellationToken cancellationToken)
    {
        AppealRecord appeal = await appeals.FindAsync(appealId, cancellationToken)
            ?? throw new InvalidOperationException($"Appeal {appealId} is not stored.");
        Proposal proposal = appeal.Progress.Proposal
            ?? throw new InvalidOperationException($"Appeal {appealId} has no approved proposal to book.");
        var me = new QueueEntry(appealId, appeal.Submission.Applicant.IsOutOfTurn, appeal.ReceivedAt, appeal.Submission.VideoConference);
        bool restrictive = await schedule.RestrictiveMeasuresActiveAsync(cancellationToken);

        for (int attempt = 0; attempt < MaxAttempts; attempt++)
        {
            foreach (ScheduledDay day in await schedule.DaysFromAsync(proposal.OfficialId, proposal.ProposedDate, cancellationToken))
            {
                if (day.Bookings.FirstOrDefault(b => b.AppealId == appealId) is { } existing)
                {
                    return new BookedSlot(day.OfficialId, day.Date, existing.Time, existing.Mode); // an earlier run booked it
                }

                Placement plan = SchedulePlanner.Place(
                    day.ToReceptionDay(), [.. day.Bookings.Select(b => b.ToQueueEntry()), me], restrictive);
                if (plan.Waiting.Any(w => w.AppealId == appealId))
                {
                    continue; // this day is full: try the official's next one
                }

                List<DayBooking> bookings = plan.Booked
                    .Select(b => new DayBooking(b.Entry.AppealId, b.Entry.OutOfTurn, b.Entry.RegisteredAt, b.Entry.VideoConference, b.Slot.Start, b.Slot.Mode))
                    .ToList();
                if (!await schedule.TryReplaceBookingsAsync(day, bookings, cancellationToken))
                {
                    goto retry; // someone booked into the day meanwhile: plan again
                }

                await TellThoseWhoMovedAsync(day, bookings, appealId, cancellationToken);
                DayBooking mine = bookings.Single(b => b.AppealId == appealId);
                return new BookedSlot(day.OfficialId, day.Date, mine.Time, mine.Mode);
            }

            return null;
        retry:;
        }

        throw new InvalidOperationException($"The schedule of {proposal.OfficialId} kept changing; appeal {appealId} was not booked.");
    }

    // Applicants already booked whose time changed because an earlier one in the queue came in.
    private async Task TellThoseWhoMovedAsync(ScheduledDay day, List<DayBooking> bookings, string bookedAppealId, CancellationToken cancellationToken)
    {
        foreach (DayBooking moved in bookings.Where(b => b.AppealId != bookedAppealId
                     && day.Bookings.FirstOrDefault(old => old.AppealId == b.AppealId) is { } old && old.Time != b.Time))
        {
            string when = string.Create(CultureInfo.InvariantCulture, $"{day.Date:yyyyMMdd}{moved.Time:HHmm}");
            await advance.ExecuteAsync(
                new AppealStep(
                    moved.AppealId,
                    $"slot-{when}",
                    "rescheduled",
                    "R7",
                    $"Moved to {moved.Time:HH\\:mm}: an applicant received out of turn or earlier in the queue was placed ahead.",
                    Change: new AppealChange(Slot: new BookedSlot(day.OfficialId, day.Date, moved.Time, moved.Mode), Reason: "R7"),
                    Awaiting: StaffActions.Reception,
                    Notify: NotificationKind.Rescheduled,
                    Values: new Dictionary<string, string> { ["reason.ru"] = "очередность приема (R7)", ["reason.kk"] = "қабылдау кезектілігі (R7)" }),
                cancellationToken);
        }
    }
}
