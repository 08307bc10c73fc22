using Reception.Domain.Queue;

namespace Reception.Domain.Schedule;

/// <summary>Places approved applicants into reception slots (R6, R7, R14, R17).</summary>
public static class SchedulePlanner
{
    /// <summary>
    /// Fills the day's free slots in queue order (R7): out-of-turn applicants first, then by
    /// registration. The mode is video under restrictive measures (R17, §13) or when the
    /// applicant consented to it (§12); otherwise the day's mode, and a video day's slot goes
    /// only to an applicant who consented (§12: video is offered, not imposed).
    /// </summary>
    /// <param name="taken">Slots already booked on that day.</param>
    public static Placement Place(ReceptionDay day, IEnumerable<QueueEntry> approved, bool restrictiveMeasures, IReadOnlyCollection<Slot>? taken = null)
    {
        ArgumentNullException.ThrowIfNull(day);
        return PlaceInOrder([day], QueueOrder.Sort(approved), restrictiveMeasures, taken ?? []);
    }

    /// <summary>
    /// R14 (§15): the official cannot receive on <paramref name="absentOn"/>; the applicants booked
    /// that day move, in the order of their slots, into the official's next reception days.
    /// </summary>
    /// <param name="booked">Every booking of the official (other days are left where they are).</param>
    /// <param name="officialDays">The official's reception days.</param>
    public static Placement MoveForAbsence(
        IReadOnlyList<Booking> booked, DateOnly absentOn, IEnumerable<ReceptionDay> officialDays, bool restrictiveMeasures)
    {
        ArgumentNullException.ThrowIfNull(booked);
        ArgumentNullException.ThrowIfNull(officialDays);
        List<Booking> affected = booked.Where(b => b.Slot.Date == absentOn).OrderBy(b => b.Slot.Start).ToList();
        if (affected.Count == 0)
        {
            return new Placement([], []);
        }

        string officialId = affected[0].Slot.OfficialId;
        List<ReceptionDay> later = officialDays.Where(d => d.OfficialId == officialId && d.Date > absentOn).OrderBy(d => d.Date).ToList();
        var taken = booked.Where(b => b.Slot.Date != absentOn).Select(b => b.Slot).ToList();
        return PlaceInOrder(later, affected.Select(b => b.Entry).ToList(), restrictiveMeasures, taken);
    }

    private static Placement PlaceInOrder(
        IReadOnlyList<ReceptionDay> days, IReadOnlyList<QueueEntry> ordered, bool restrictiveMeasures, IReadOnlyCollection<Slot> taken)
    {
        var takenKeys = taken.Select(s => (s.OfficialId, s.Date, s.Start)).ToHashSet();
        List<Slot> free = days
            .OrderBy(d => d.Date)
            .SelectMany(d => d.Slots)
            .Where(s => !takenKeys.Contains((s.OfficialId, s.Date, s.Start)))
            .ToList();

        var booked = new List<Booking>();
        var waiting = new List<QueueEntry>();
        foreach (QueueEntry entry in ordered)
        {
            // §12: video only with the applicant's consent. Under restrictive measures (§13) every
            // reception is by video, so every slot will do; otherwise one who did not consent
            // passes a video day's slots by and takes the first in-person one.
            int index = restrictiveMeasures || entry.VideoConference
                ? (free.Count > 0 ? 0 : -1)
                : free.FindIndex(s => s.Mode != ReceptionMode.Video);
            if (index < 0)
            {
                waiting.Add(entry);
                continue;
            }

            Slot slot = free[index];
            free.RemoveAt(index);
            ReceptionMode mode = restrictiveMeasures || entry.VideoConference ? ReceptionMode.Video : slot.Mode;
            booked.Add(new Booking(entry, slot with { Mode = mode }));
        }

        return new Placement(booked, waiting);
    }
}
