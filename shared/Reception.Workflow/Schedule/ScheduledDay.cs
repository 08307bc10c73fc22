using Reception.Domain.Schedule;

namespace Reception.Workflow.Schedule;

/// <summary>An official's reception day as published (R13) with the applicants booked into it.</summary>
/// <param name="Name">The official's full name in Kazakh and Russian (R13).</param>
public sealed record ScheduledDay(
    string OfficialId,
    OfficialName Name,
    DateOnly Date,
    TimeOnly Start,
    TimeOnly End,
    int SlotMinutes,
    ReceptionMode Mode,
    ReceptionDayKind Kind = ReceptionDayKind.Scheduled)
{
    public IReadOnlyList<DayBooking> Bookings { get; init; } = [];

    /// <summary>Why a reception is held on a day off (the akim's order, §8); null on a working day.</summary>
    public string? ExceptionReason { get; init; }

    /// <summary>Where the reception is held (address, building, room): named in the booking message; null for the office's usual place.</summary>
    public string? Place { get; init; }

    /// <summary>
    /// How to join a video reception that day (a link, a conference id and code): sent to each
    /// applicant booked by video before the reception (§12, <c>VideoConnectionOptions</c>). Staff only;
    /// never in the published schedule.
    /// </summary>
    public string? Connection { get; init; }

    /// <summary>Why the official cannot receive that day (R14); such a day takes no bookings and cannot be proposed.</summary>
    public string? AbsenceReason { get; init; }

    /// <summary>The stored version, for optimistic concurrency; null before it is stored.</summary>
    public string? ETag { get; init; }

    /// <summary>The domain's reception day, which cuts the hours into slots.</summary>
    public ReceptionDay ToReceptionDay() => new(OfficialId, Date, Start, End, TimeSpan.FromMinutes(SlotMinutes), Mode, Kind);
}
