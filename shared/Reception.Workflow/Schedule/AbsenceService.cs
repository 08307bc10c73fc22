using System.Globalization;
using Reception.Domain.Calendar;
using Reception.Domain.Deadlines;
using Reception.Domain.Schedule;
using Reception.Workflow.Activities;
using Reception.Workflow.Appeals;
using Reception.Workflow.Notifications;
using Reception.Workflow.Ports;
using Reception.Workflow.Time;

namespace Reception.Workflow.Schedule;

/// <summary>
/// R14 (§15): an official cannot receive on a day; the applicants booked that day move, in the
/// order of their slots, to the official's next reception days, and each is told the new slot.
/// </summary>
/// <remarks>
/// Every write is idempotent (the appeal step key names the absence), so a repeated or retried
/// call moves nobody twice and tells nobody twice.
/// </remarks>
public sealed class AbsenceService(IScheduleStore schedule, AdvanceAppeal advance, WorkingCalendar calendar, DeadlinePolicy policy, ReceptionClock clock)
{
    private const int MaxAttempts = 10;

    /// <returns>Whether the notice was in time (R14), and the appeals moved.</returns>
    public async Task<AbsenceOutcome> RecordAsync(string officialId, DateOnly date, string reason, CancellationToken cancellationToken)
    {
        bool inTime = policy.IsAbsenceNoticeInTime(clock.Today, date, calendar);
        for (int attempt = 0; attempt < MaxAttempts; attempt++)
        {
            ScheduledDay? absentDay = await schedule.FindDayAsync(officialId, date, cancellationToken);
            if (absentDay is null || absentDay.Bookings.Count == 0)
            {
                return new AbsenceOutcome(inTime, []);
            }

            List<ScheduledDay> later = [.. (await schedule.DaysFromAsync(officialId, date.AddDays(1), cancellationToken))];
            bool restrictive = await schedule.RestrictiveMeasuresActiveAsync(cancellationToken);
            List<Booking> booked = [.. absentDay.Bookings.Select(b => ToBooking(absentDay, b)), .. later.SelectMany(d => d.Bookings.Select(b => ToBooking(d, b)))];
            Placement moved = SchedulePlanner.MoveForAbsence(booked, date, [absentDay.ToReceptionDay(), .. later.Select(d => d.ToReceptionDay())], restrictive);

            // Write the later days first, then empty the absent day: a crash in between leaves an
            // applicant booked twice (resolved by the retry), never booked nowhere.
            if (!await WriteLaterDaysAsync(later, moved, cancellationToken)
                || !await schedule.TryReplaceBookingsAsync(absentDay, [.. moved.Waiting.Select(w => absentDay.Bookings.Single(b => b.AppealId == w.AppealId))], cancellationToken))
            {
                continue; // someone booked meanwhile: plan again
            }

            foreach (Booking booking in moved.Booked)
            {
                await TellAsync(booking, date, reason, inTime, cancellationToken);
            }

            return new AbsenceOutcome(inTime, [.. moved.Booked.Select(b => b.Entry.AppealId)]);
        }

        throw new InvalidOperationException($"The schedule of {officialId} kept changing; the absence on {date:yyyy-MM-dd} was not applied.");
    }

    private async Task<bool> WriteLaterDaysAsync(List<ScheduledDay> later, Placement moved, CancellationToken cancellationToken)
    {
        foreach (ScheduledDay day in later)
        {
            List<DayBooking> added = moved.Booked
                .Where(b => b.Slot.Date == day.Date)
                .Select(b => new DayBooking(b.Entry.AppealId, b.Entry.OutOfTurn, b.Entry.RegisteredAt, b.Entry.VideoConference, b.Slot.Start, b.Slot.Mode))
                .ToList();
            if (added.Count > 0 && !await schedule.TryReplaceBookingsAsync(day, [.. day.Bookings, .. added], cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    private Task TellAsync(Booking booking, DateOnly absentOn, string reason, bool inTime, CancellationToken cancellationToken) =>
        advance.ExecuteAsync(
            new AppealStep(
                booking.Entry.AppealId,
                string.Create(CultureInfo.InvariantCulture, $"absence-{booking.Slot.OfficialId}-{absentOn:yyyyMMdd}"),
                "rescheduled",
                "R14",
                $"{booking.Slot.OfficialId} cannot receive on {absentOn:yyyy-MM-dd} ({(inTime ? "notice in time" : "late notice")}): moved to {booking.Slot.Date:yyyy-MM-dd} {booking.Slot.Start:HH\\:mm}.",
                Awaiting: StaffActions.Reception,
                Change: new AppealChange(Slot: new BookedSlot(booking.Slot.OfficialId, booking.Slot.Date, booking.Slot.Start, booking.Slot.Mode), Reason: reason),
                Notify: NotificationKind.Rescheduled,
                Values: new Dictionary<string, string> { ["reason"] = reason }),
            cancellationToken);

    private static Booking ToBooking(ScheduledDay day, DayBooking booking) =>
        new(booking.ToQueueEntry(), new Slot(day.OfficialId, day.Date, booking.Time, booking.Time.Add(TimeSpan.FromMinutes(day.SlotMinutes)), booking.Mode));
}

/// <summary>What an official's absence did.</summary>
public sealed record AbsenceOutcome(bool NoticeInTime, IReadOnlyList<string> MovedAppeals);
