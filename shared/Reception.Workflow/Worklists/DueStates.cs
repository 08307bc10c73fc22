using Reception.Domain.Calendar;

namespace Reception.Workflow.Worklists;

/// <summary>How close an entry is to its deadline, on the working calendar.</summary>
public static class DueStates
{
    /// <summary>Within this many working days a deadline shows amber.</summary>
    public const int SoonWithinWorkingDays = 2;

    /// <summary>Farther than this many calendar days the exact count does not matter to anyone: it is capped.</summary>
    private const int CountAtMostDays = 400;

    public static WorklistItem ToItem(WorklistEntry entry, DateOnly today, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(entry);
        bool overdue = entry.HasDeadline && entry.Due < today;
        int? left = entry.HasDeadline ? WorkingDaysBetween(today, entry.Due, calendar) : null;
        string state = overdue ? "overdue" : left is <= SoonWithinWorkingDays ? "soon" : "ok";
        return new WorklistItem(entry.AppealId, entry.RegistrationNumber, entry.Status, entry.Awaiting, entry.Due, entry.Rule, overdue, left, state,
            entry.OutOfTurn, entry.Channel, entry.ReceivedOn, entry.OfficialId, entry.Slot, entry.ApplicantName, entry.SubjectExcerpt,
            entry.Instruction, entry.InstructionText);
    }

    /// <summary>Working days after <paramref name="from"/> up to <paramref name="to"/>; negative (days after <paramref name="to"/> up to <paramref name="from"/>) when <paramref name="to"/> is earlier.</summary>
    public static int WorkingDaysBetween(DateOnly from, DateOnly to, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        (DateOnly start, DateOnly end, int sign) = to >= from ? (from, to, 1) : (to, from, -1);
        int count = 0;
        for (DateOnly day = start.AddDays(1); day <= end && day.DayNumber - start.DayNumber <= CountAtMostDays; day = day.AddDays(1))
        {
            if (calendar.IsWorkingDay(day))
            {
                count++;
            }
        }

        return sign * count;
    }
}
