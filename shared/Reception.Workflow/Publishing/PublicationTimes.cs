using Reception.Domain.Time;

namespace Reception.Workflow.Publishing;

/// <summary>
/// When the timers publish, in Almaty time: next month's schedule on the 25th at 06:00, and the
/// past quarter's report on the first day of each quarter at 06:00 (R25). The Functions timer
/// triggers use the same instants as UTC cron expressions (Almaty is UTC+5).
/// </summary>
public static class PublicationTimes
{
    /// <summary>Second minute hour day month day-of-week, UTC: 01:00 UTC is 06:00 in Almaty.</summary>
    public const string MonthlyScheduleCron = "0 0 1 25 * *";

    /// <summary>01:00 UTC (06:00 Almaty) on 1 January, April, July and October.</summary>
    public const string QuarterlyReportCron = "0 0 1 1 1,4,7,10 *";

    private static readonly TimeOnly At = new(6, 0);

    /// <summary>The first publication of next month's schedule strictly after <paramref name="now"/>.</summary>
    public static DateTimeOffset NextMonthlySchedule(DateTimeOffset now)
    {
        DateOnly today = AlmatyTime.DateOf(now);
        var candidate = new DateOnly(today.Year, today.Month, 25);
        DateTimeOffset instant = Instant(candidate);
        return instant > now ? instant : Instant(candidate.AddMonths(1));
    }

    /// <summary>The first quarterly report strictly after <paramref name="now"/>.</summary>
    public static DateTimeOffset NextQuarterlyReport(DateTimeOffset now)
    {
        DateOnly today = AlmatyTime.DateOf(now);
        var quarterStart = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1);
        DateTimeOffset instant = Instant(quarterStart);
        return instant > now ? instant : Instant(quarterStart.AddMonths(3));
    }

    /// <summary>The month a schedule published at <paramref name="when"/> is for: the next one.</summary>
    public static (int Year, int Month) ScheduleMonthFor(DateTimeOffset when)
    {
        DateOnly next = AlmatyTime.DateOf(when).AddMonths(1);
        return (next.Year, next.Month);
    }

    /// <summary>The quarter a report published at <paramref name="when"/> covers: the one that just ended.</summary>
    public static (int Year, int Quarter) ReportQuarterFor(DateTimeOffset when)
    {
        DateOnly previous = AlmatyTime.DateOf(when).AddMonths(-3);
        return (previous.Year, ((previous.Month - 1) / 3) + 1);
    }

    private static DateTimeOffset Instant(DateOnly date) => AlmatyTime.StartOfDay(date).Add(At.ToTimeSpan());
}
