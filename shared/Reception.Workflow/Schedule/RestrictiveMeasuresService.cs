using Microsoft.DurableTask.Client;
using Reception.Domain.Schedule;
using Reception.Domain.Appeals;
using Reception.Workflow.Time;

namespace Reception.Workflow.Schedule;

/// <summary>
/// R17 (§13): under restrictive measures every reception is by video conference. New bookings
/// follow the switch; applicants already booked in person are moved to video and told.
/// </summary>
/// <remarks>
/// This writes the schedule only; each moved appeal records its video slot and tells its
/// applicant in its own workflow (<see cref="SlotChangeNotices"/>), so a call repeated after a
/// crash finishes the telling and nobody is told twice.
/// </remarks>
public sealed class RestrictiveMeasuresService(IScheduleStore schedule, SlotChangeNotices notices, ReceptionClock clock)
{
    private const int MaxAttempts = 10;

    /// <summary>How long the call waits for the moved appeals to record their slots, so staff read them at once.</summary>
    private static readonly TimeSpan RecordedWithin = TimeSpan.FromSeconds(3);

    /// <returns>The appeals moved to video.</returns>
    public async Task<IReadOnlyList<string>> SetAsync(bool active, string reason, DurableTaskClient workflows, CancellationToken cancellationToken)
    {
        await schedule.SetRestrictiveMeasuresAsync(active, reason, cancellationToken);
        if (!active)
        {
            return []; // booked video receptions stay video: nobody is called back in person unasked
        }

        var moved = new List<string>();
        var switched = new List<ScheduledDay>();
        foreach (ScheduledDay day in await schedule.DaysFromAsync(null, clock.Today, cancellationToken))
        {
            ScheduledDay video = await SwitchDayAsync(day, cancellationToken);
            moved.AddRange(await notices.TellAsync(workflows, video, Rule.R17, reason, cancellationToken));
            switched.Add(video);
        }

        await notices.WaitUntilRecordedAsync(switched, RecordedWithin, cancellationToken);
        return moved;
    }

    // The day with every booking by video, as stored.
    private async Task<ScheduledDay> SwitchDayAsync(ScheduledDay day, CancellationToken cancellationToken)
    {
        for (int attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (day.Bookings.All(b => b.Mode == ReceptionMode.Video))
            {
                return day;
            }

            List<DayBooking> video = [.. day.Bookings.Select(b => b with { Mode = ReceptionMode.Video })];
            if (await schedule.TryReplaceBookingsAsync(day, video, cancellationToken))
            {
                return day with { Bookings = video };
            }

            day = await schedule.FindDayAsync(day.OfficialId, day.Date, cancellationToken) ?? day;
        }

        throw new InvalidOperationException($"The reception day of {day.OfficialId} on {day.Date:yyyy-MM-dd} kept changing.");
    }
}
