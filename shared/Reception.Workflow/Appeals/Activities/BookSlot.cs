using Microsoft.DurableTask;
using Reception.Domain.Queue;
using Reception.Domain.Schedule;
using Reception.Workflow.Appeals;
using Reception.Workflow.Schedule;

namespace Reception.Workflow.Appeals.Activities;

/// <summary>
/// Places an approved applicant into the proposed official's reception day in queue order (R6,
/// R7): the day is planned again with every booking, so an out-of-turn applicant goes ahead of
/// regular ones. A full day spills to the official's next reception day. Video under restrictive
/// measures or by the applicant's choice (R17).
/// </summary>
/// <remarks>
/// It writes only the day. Those whose time moved are named in the reply, worked out from what is
/// stored (so a retry after a crash names them again), and the workflow tells each by an event to
/// its own workflow, which records its new slot: every appeal has one writer.
/// </remarks>
/// <returns>The slot and whom to tell, or null when the official has no reception day with room left.</returns>
public sealed class BookSlot(IAppealStore appeals, IScheduleStore schedule, SlotChangeNotices notices) : TaskActivity<string, SlotBooking?>
{
    private const int MaxAttempts = 10;

    public override Task<SlotBooking?> RunAsync(TaskActivityContext context, string input) => ExecuteAsync(input, CancellationToken.None);

    public async Task<SlotBooking?> ExecuteAsync(string appealId, CancellationToken cancellationToken)
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
                    // An earlier run booked it (and may have died before its reply): the same reply again.
                    return new SlotBooking(
                        new BookedSlot(day.OfficialId, day.Date, existing.Time, existing.Mode),
                        await notices.UnrecordedAsync(day, except: appealId, cancellationToken));
                }

                if (day.AbsenceReason is not null)
                {
                    continue; // the official cannot receive that day (R14)
                }

                Placement plan = SchedulePlanner.Place(
                    day.ToReceptionDay(), [.. day.Bookings.Select(b => b.ToQueueEntry()), me], restrictive);
                if (plan.Waiting.Count > 0)
                {
                    // The day is full for this applicant: either no slot is left for them, or
                    // their place in the queue would push out someone already booked and told,
                    // who would silently lose their reception. Try the official's next day.
                    continue;
                }

                List<DayBooking> bookings = plan.Booked
                    .Select(b => new DayBooking(b.Entry.AppealId, b.Entry.OutOfTurn, b.Entry.RegisteredAt, b.Entry.VideoConference, b.Slot.Start, b.Slot.Mode))
                    .ToList();
                if (!await schedule.TryReplaceBookingsAsync(day, bookings, cancellationToken))
                {
                    goto retry; // someone booked into the day meanwhile: plan again
                }

                DayBooking mine = bookings.Single(b => b.AppealId == appealId);
                return new SlotBooking(
                    new BookedSlot(day.OfficialId, day.Date, mine.Time, mine.Mode),
                    await notices.UnrecordedAsync(day with { Bookings = bookings }, except: appealId, cancellationToken));
            }

            return null;
        retry:;
        }

        throw new InvalidOperationException($"The schedule of {proposal.OfficialId} kept changing; appeal {appealId} was not booked.");
    }
}
