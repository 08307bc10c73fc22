using Reception.Domain.Calendar;

namespace Reception.Domain.Schedule;

/// <summary>
/// R12 (§6): the akim and the deputies receive on the day before and the day after each of their
/// reporting meetings. "Day" is read as working day: the office does not receive on a day off, so
/// a meeting on a Monday needs a reception on the Friday before.
/// </summary>
public static class ReportingMeetingCoverage
{
    /// <summary>The working days before and after <paramref name="meeting"/>.</summary>
    public static (DateOnly Before, DateOnly After) DaysAround(DateOnly meeting, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return (calendar.SubtractWorkingDays(meeting, 1), calendar.AddWorkingDays(meeting, 1));
    }

    /// <summary>Each required reception day that the official has no reception day on (an absence does not count as receiving).</summary>
    public static IReadOnlyList<MissingReceptionDay> Missing(
        IEnumerable<ReportingMeeting> meetings, IEnumerable<(string OfficialId, DateOnly Date)> receptionDays, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(meetings);
        ArgumentNullException.ThrowIfNull(receptionDays);
        var held = receptionDays.ToHashSet();
        var missing = new List<MissingReceptionDay>();
        foreach (ReportingMeeting meeting in meetings.OrderBy(m => m.Date).ThenBy(m => m.OfficialId, StringComparer.Ordinal))
        {
            (DateOnly before, DateOnly after) = DaysAround(meeting.Date, calendar);
            if (!held.Contains((meeting.OfficialId, before)))
            {
                missing.Add(new MissingReceptionDay(meeting.OfficialId, meeting.Date, before, ReceptionDayKind.BeforeReportingMeeting));
            }

            if (!held.Contains((meeting.OfficialId, after)))
            {
                missing.Add(new MissingReceptionDay(meeting.OfficialId, meeting.Date, after, ReceptionDayKind.AfterReportingMeeting));
            }
        }

        return missing;
    }
}
