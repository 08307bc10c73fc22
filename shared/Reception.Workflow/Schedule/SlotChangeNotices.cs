using System.Diagnostics;
using Microsoft.DurableTask.Client;
using Reception.Workflow.Appeals;
using Reception.Workflow.Appeals.Events;

namespace Reception.Workflow.Schedule;

/// <summary>
/// After a reception day is re-planned, tells each applicant whose booking there differs from
/// what their appeal recorded, by an event to the appeal's own workflow (<see cref="SlotChangedEvent"/>).
/// </summary>
/// <remarks>
/// Who must be told is worked out from what is stored (the day against each appeal), not from
/// what the re-planning remembered: a re-plan that crashed after writing the day and before
/// telling is finished by its retry, which finds the same differences and tells them. An event
/// raised twice records nothing twice.
/// </remarks>
public sealed class SlotChangeNotices(IAppealStore appeals)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>The appeals booked on <paramref name="day"/> whose recorded slot is not their booking there (except <paramref name="except"/>).</summary>
    public async Task<IReadOnlyList<string>> UnrecordedAsync(ScheduledDay day, string? except, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(day);
        var unrecorded = new List<string>();
        foreach (DayBooking booking in day.Bookings.Where(b => b.AppealId != except))
        {
            AppealRecord? appeal = await appeals.FindAsync(booking.AppealId, cancellationToken);
            if (appeal is not null && appeal.Progress.Slot != new BookedSlot(day.OfficialId, day.Date, booking.Time, booking.Mode))
            {
                unrecorded.Add(booking.AppealId);
            }
        }

        return unrecorded;
    }

    /// <summary>Raises <see cref="SlotChangedEvent"/> to every appeal of <paramref name="day"/> that has not recorded its booking there.</summary>
    /// <returns>The appeals told.</returns>
    public async Task<IReadOnlyList<string>> TellAsync(
        DurableTaskClient workflows, ScheduledDay day, string rule, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workflows);
        IReadOnlyList<string> unrecorded = await UnrecordedAsync(day, except: null, cancellationToken);
        foreach (string appealId in unrecorded)
        {
            await workflows.RaiseEventAsync(appealId, SlotChangedEvent.Name, new SlotChangedEvent(day.OfficialId, day.Date, rule, reason), cancellationToken);
        }

        return unrecorded;
    }

    /// <summary>
    /// Waits, at most <paramref name="within"/>, until the appeals have recorded their bookings on
    /// the given days, so that staff who moved them read the new slots at once. The workflows
    /// record them anyway; this only shortens the time until a reader sees it.
    /// </summary>
    public async Task WaitUntilRecordedAsync(IReadOnlyList<ScheduledDay> days, TimeSpan within, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(days);
        // Real time, not the reception clock: this is about how fast storage and the engine are.
        long started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < within)
        {
            bool allRecorded = true;
            foreach (ScheduledDay day in days)
            {
                allRecorded &= (await UnrecordedAsync(day, except: null, cancellationToken)).Count == 0;
            }

            if (allRecorded)
            {
                return;
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }
}
