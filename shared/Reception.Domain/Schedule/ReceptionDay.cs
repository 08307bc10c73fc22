namespace Reception.Domain.Schedule;

/// <summary>An official's reception day: hours cut into equal slots, in person or by video.</summary>
public sealed record ReceptionDay
{
    public ReceptionDay(
        string officialId, DateOnly date, TimeOnly start, TimeOnly end, TimeSpan slotLength, ReceptionMode mode,
        ReceptionDayKind kind = ReceptionDayKind.Scheduled)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(officialId);
        if (end <= start)
        {
            throw new ArgumentException($"A reception day must end after it starts ({start}–{end}).", nameof(end));
        }

        if (slotLength < TimeSpan.FromMinutes(5) || slotLength > end - start)
        {
            throw new ArgumentException($"A slot must last from 5 minutes to the whole day, not {slotLength}.", nameof(slotLength));
        }

        OfficialId = officialId;
        Date = date;
        Start = start;
        End = end;
        SlotLength = slotLength;
        Mode = mode;
        Kind = kind;
    }

    public string OfficialId { get; }

    public DateOnly Date { get; }

    public TimeOnly Start { get; }

    public TimeOnly End { get; }

    public TimeSpan SlotLength { get; }

    public ReceptionMode Mode { get; }

    public ReceptionDayKind Kind { get; }

    /// <summary>The day's slots in time order; a remainder shorter than a slot is not a slot.</summary>
    public IReadOnlyList<Slot> Slots
    {
        get
        {
            int count = (int)((End - Start) / SlotLength);
            return Enumerable.Range(0, count)
                .Select(i => new Slot(OfficialId, Date, Start.Add(SlotLength * i), Start.Add(SlotLength * (i + 1)), Mode))
                .ToList();
        }
    }

    /// <summary>R12 (§6): the reception days on the working day before and the working day after a reporting meeting.</summary>
    public static (ReceptionDay Before, ReceptionDay After) AroundReportingMeeting(
        string officialId, DateOnly meeting, TimeOnly start, TimeOnly end, TimeSpan slotLength, ReceptionMode mode, Calendar.WorkingCalendar calendar)
    {
        (DateOnly before, DateOnly after) = ReportingMeetingCoverage.DaysAround(meeting, calendar);
        return (new ReceptionDay(officialId, before, start, end, slotLength, mode, ReceptionDayKind.BeforeReportingMeeting),
                new ReceptionDay(officialId, after, start, end, slotLength, mode, ReceptionDayKind.AfterReportingMeeting));
    }
}
