using Reception.Domain.Calendar;

namespace Reception.EndToEnd.Infrastructure;

/// <summary>The service's own working calendar: a test's reception day must be a working day, or the office is refused (§8).</summary>
public static class WorkingDays
{
    private static readonly WorkingCalendar Calendar = BuiltInCalendarData.CreateCalendar();

    public static DateOnly OnOrAfter(DateOnly date) => Calendar.WorkingDayOnOrAfter(date);

    public static bool IsWorkingDay(DateOnly date) => Calendar.IsWorkingDay(date);
}
