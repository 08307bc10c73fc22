using Microsoft.DurableTask.Client;
using Reception.Domain.Calendar;
using Reception.Domain.Deadlines;
using Reception.Domain.Schedule;
using Reception.Domain.Appeals;
using Reception.Workflow.Time;

namespace Reception.Workflow.Schedule;

/// <summary>
/// R14 (§15): an official cannot receive on a day; the applicants booked that day move, in the
/// order of their slots, to the official's next reception days, and each is told the new slot.
/// </summary>
/// <remarks>
/// This writes the schedule only; each moved appeal records its new slot and tells its applicant
/// in its own workflow (<see cref="SlotChangeNotices"/>). Who is told is worked out from what is
/// stored, so a call repeated after a crash between the two finishes the telling, and an
/// appeal that recorded its move is not told twice.
/// </remarks>
public sealed class AbsenceService(IScheduleStore schedule, SlotChangeNotices notices, WorkingCalendar calendar, DeadlinePolicy policy, ReceptionClock clock)
{
    private const int MaxAttempts = 10;

    /// <summary>How long the call waits for the moved appeals to record their slots, so the office reads them at once.</summary>
    private static readonly TimeSpan RecordedWithin = TimeSpan.FromSeconds(3);

    /// <returns>Whether the notice was in time (R14), and the appeals moved.</returns>
    public async Task<AbsenceOutcome> RecordAsync(string officialId, DateOnly date, string reason, DurableTaskClient workflows, CancellationToken cancellationToken)
    {
        bool inTime = policy.IsAbsenceNoticeInTime(clock.Today, date, calendar);
        for (int attempt = 0; attempt < MaxAttempts; attempt++)
        {
            ScheduledDay? absentDay = await schedule.FindDayAsync(officialId, date, cancellationToken);
            if (absentDay is { AbsenceReason: null })
            {
                // Marked first: from now on nobody is booked into the day or proposed for it.
                await schedule.TryMarkAbsentAsync(absentDay, reason, cancellationToken);
                continue;
            }

            if (absentDay is null || absentDay.Bookings.Count == 0)
            {
                // Nothing (left) to move; a call that moved them and died before telling is finished here.
                return new AbsenceOutcome(inTime, await TellAsync(officialId, date, reason, workflows, cancellationToken));
            }

            List<ScheduledDay> later = [.. (await schedule.DaysFromAsync(officialId, date.AddDays(1), cancellationToken)).Where(d => d.AbsenceReason is null)];
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

            IReadOnlyList<string> told = await TellAsync(officialId, date, reason, workflows, cancellationToken);
            return new AbsenceOutcome(inTime, [.. moved.Booked.Select(b => b.Entry.AppealId).Union(told)]);
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

    // Everyone on the official's later days who has not recorded their booking there is told.
    private async Task<IReadOnlyList<string>> TellAsync(
        string officialId, DateOnly absentOn, string reason, DurableTaskClient workflows, CancellationToken cancellationToken)
    {
        IReadOnlyList<ScheduledDay> later = await schedule.DaysFromAsync(officialId, absentOn.AddDays(1), cancellationToken);
        var appeals = new List<string>();
        foreach (ScheduledDay day in later)
        {
            appeals.AddRange(await notices.TellAsync(workflows, day, Rule.R14, reason, cancellationToken));
        }

        await notices.WaitUntilRecordedAsync(later, RecordedWithin, cancellationToken);
        return appeals;
    }

    private static Booking ToBooking(ScheduledDay day, DayBooking booking) =>
        new(booking.ToQueueEntry(), new Slot(day.OfficialId, day.Date, booking.Time, booking.Time.Add(TimeSpan.FromMinutes(day.SlotMinutes)), booking.Mode));
}
