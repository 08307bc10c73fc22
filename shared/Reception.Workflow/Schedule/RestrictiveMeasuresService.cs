using System.Globalization;
using Reception.Domain.Schedule;
using Reception.Workflow.Activities;
using Reception.Workflow.Appeals;
using Reception.Workflow.Notifications;
using Reception.Workflow.Ports;
using Reception.Workflow.Time;

namespace Reception.Workflow.Schedule;

/// <summary>
/// R17 (§13): under restrictive measures every reception is by video conference. New bookings
/// follow the switch; applicants already booked in person are moved to video and told.
/// </summary>
/// <remarks>Idempotent: each applicant's switch is a step keyed by the reception day, told once.</remarks>
public sealed class RestrictiveMeasuresService(IScheduleStore schedule, AdvanceAppeal advance, ReceptionClock clock)
{
    private const int MaxAttempts = 10;

    /// <returns>The appeals moved to video.</returns>
    public async Task<IReadOnlyList<string>> SetAsync(bool active, string reason, CancellationToken cancellationToken)
    {
        await schedule.SetRestrictiveMeasuresAsync(active, reason, cancellationToken);
        if (!active)
        {
            return []; // booked video receptions stay video: nobody is called back in person unasked
        }

        var moved = new List<string>();
        foreach (ScheduledDay day in await schedule.DaysFromAsync(null, clock.Today, cancellationToken))
        {
            moved.AddRange(await SwitchDayAsync(day, reason, cancellationToken));
        }

        return moved;
    }

    private async Task<IReadOnlyList<string>> SwitchDayAsync(ScheduledDay day, string reason, CancellationToken cancellationToken)
    {
        for (int attempt = 0; attempt < MaxAttempts; attempt++)
        {
            List<DayBooking> inPerson = [.. day.Bookings.Where(b => b.Mode == ReceptionMode.InPerson)];
            if (inPerson.Count == 0)
            {
                return [];
            }

            if (await schedule.TryReplaceBookingsAsync(day, [.. day.Bookings.Select(b => b with { Mode = ReceptionMode.Video })], cancellationToken))
            {
                foreach (DayBooking booking in inPerson)
                {
                    await advance.ExecuteAsync(
                        new AppealStep(
                            booking.AppealId,
                            string.Create(CultureInfo.InvariantCulture, $"video-{day.Date:yyyyMMdd}"),
                            "switchedToVideo",
                            "R17",
                            $"Restrictive measures: the reception on {day.Date:yyyy-MM-dd} at {booking.Time:HH\\:mm} is by video conference.",
                            Awaiting: StaffActions.Reception,
                            Change: new AppealChange(Slot: new BookedSlot(day.OfficialId, day.Date, booking.Time, ReceptionMode.Video), Reason: reason),
                            Notify: NotificationKind.Rescheduled,
                            Values: new Dictionary<string, string> { ["reason"] = reason }),
                        cancellationToken);
                }

                return [.. inPerson.Select(b => b.AppealId)];
            }

            day = await schedule.FindDayAsync(day.OfficialId, day.Date, cancellationToken) ?? day;
        }

        throw new InvalidOperationException($"The reception day of {day.OfficialId} on {day.Date:yyyy-MM-dd} kept changing.");
    }
}
