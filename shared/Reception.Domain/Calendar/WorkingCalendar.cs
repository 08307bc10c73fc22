using System.Collections.Concurrent;
using System.Globalization;
using Reception.Domain.Time;

namespace Reception.Domain.Calendar;

/// <summary>
/// The working-day calendar of Kazakhstan in local dates of Asia/Almaty: which days are working
/// days, and arithmetic over them.
/// </summary>
/// <remarks>
/// Public holidays are data with the years they apply (<see cref="PublicHoliday"/>), and the
/// weekend rule is computed for any year: a holiday on a Saturday or Sunday moves its day off to
/// the next working day, except Orthodox Christmas and Kurban Ait, which never move (Nauryz on
/// Sat 21 – Mon 23 March 2026 gives days off 21–25 March).
/// Movable feasts and the Ministry's transfers are per-year data (<see cref="CalendarYearData"/>);
/// a year without data still works from the fixed rules and is reported once through the warning
/// callback, because its Kurban Ait is then missing.
/// </remarks>
public sealed class WorkingCalendar
{
    // Searching past a year of consecutive days off means the data is wrong, not the date.
    private const int MaxDaysSearched = 366;

    private readonly IReadOnlyDictionary<int, CalendarYearData> data;
    private readonly IReadOnlyList<PublicHoliday> holidays;
    private readonly Action<string>? warn;
    private readonly ConcurrentDictionary<int, YearDays> years = new();

    /// <param name="yearData">Movable feasts and transfers; a later entry for the same year replaces an earlier one (overrides).</param>
    /// <param name="holidays">The public holidays with the years they apply (<see cref="BuiltInCalendarData.Holidays"/>).</param>
    /// <param name="warn">Told once per year that has no data.</param>
    public WorkingCalendar(IEnumerable<CalendarYearData> yearData, IReadOnlyList<PublicHoliday> holidays, Action<string>? warn = null)
    {
        ArgumentNullException.ThrowIfNull(yearData);
        ArgumentNullException.ThrowIfNull(holidays);
        this.holidays = holidays;
        var byYear = new Dictionary<int, CalendarYearData>();
        foreach (CalendarYearData year in yearData)
        {
            byYear[year.Year] = year;
        }

        data = byYear;
        this.warn = warn;
    }

    /// <summary>The years that have movable-feast and transfer data.</summary>
    public IEnumerable<int> YearsWithData => data.Keys.Order();

    public bool IsWorkingDay(DateOnly date) => WhyNotWorking(date) is null;

    /// <summary>
    /// Null on a working day; else why not, in words for a person: the holiday, the holiday whose
    /// day off it carries, the Ministry's transfer, or the weekend.
    /// </summary>
    public string? WhyNotWorking(DateOnly date)
    {
        YearDays year = Year(date.Year);
        if (year.WorkedWeekendDays.Contains(date))
        {
            return null;
        }

        if (year.DaysOff.TryGetValue(date, out string? reason))
        {
            return reason;
        }

        return date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? date.DayOfWeek.ToString() : null;
    }

    /// <summary>
    /// The date <paramref name="count"/> working days after <paramref name="from"/> (before, when
    /// negative), counting only working days and not <paramref name="from"/> itself. Zero gives
    /// <paramref name="from"/>.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly from, int count)
    {
        int direction = Math.Sign(count);
        DateOnly date = from;
        for (int remaining = Math.Abs(count); remaining > 0; remaining--)
        {
            date = NextWorkingDay(date, direction);
        }

        return date;
    }

    /// <summary>The date <paramref name="count"/> working days before <paramref name="from"/>.</summary>
    public DateOnly SubtractWorkingDays(DateOnly from, int count) => AddWorkingDays(from, -count);

    /// <summary><paramref name="date"/> itself when it is a working day, else the next working day.</summary>
    public DateOnly WorkingDayOnOrAfter(DateOnly date)
    {
        return IsWorkingDay(date) ? date : NextWorkingDay(date, 1);
    }

    /// <summary>Calendar days: every day counts, working or not.</summary>
    public static DateOnly AddCalendarDays(DateOnly from, int count) => from.AddDays(count);

    /// <summary>The last instant of a local day in Almaty: when a deadline "by that date" passes.</summary>
    public static DateTimeOffset EndOfDay(DateOnly date) => AlmatyTime.EndOfDay(date);

    // The nearest working day strictly after (direction 1) or before (-1) the date. Bounded, so
    // data that made every day a day off fails loudly instead of looping forever.
    private DateOnly NextWorkingDay(DateOnly date, int direction)
    {
        DateOnly next = date.AddDays(direction);
        for (int i = 0; i < MaxDaysSearched; i++, next = next.AddDays(direction))
        {
            if (IsWorkingDay(next))
            {
                return next;
            }
        }

        throw new InvalidOperationException($"No working day within a year of {date:yyyy-MM-dd}: check the calendar data.");
    }

    private YearDays Year(int year) => years.GetOrAdd(year, Compute);

    private YearDays Compute(int year)
    {
        var daysOff = new Dictionary<DateOnly, string>();
        var moving = new List<(DateOnly Date, string Name)>();
        foreach (PublicHoliday holiday in holidays)
        {
            if (holiday.In(year) is not DateOnly date)
            {
                continue;
            }

            daysOff[date] = holiday.Name;
            if (holiday.MovesOffWeekend && date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                moving.Add((date, holiday.Name));
            }
        }

        data.TryGetValue(year, out CalendarYearData? yearData);
        if (yearData is null)
        {
            warn?.Invoke(string.Create(CultureInfo.InvariantCulture,
                $"No calendar data for {year}: its movable feasts (Kurban Ait) and the Ministry's transfers are unknown; only the fixed holidays apply. Add the year to the calendar override file."));
        }

        foreach (DateOnly feast in yearData?.MovableHolidays ?? [])
        {
            daysOff[feast] = "Kurban Ait"; // never moves off a weekend
        }

        // In date order, so that two holidays on one weekend (Nauryz on Sat–Sun) take consecutive working days.
        foreach ((DateOnly date, string name) in moving.OrderBy(m => m.Date))
        {
            DateOnly compensation = date.AddDays(1);
            while (compensation.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || daysOff.ContainsKey(compensation))
            {
                compensation = compensation.AddDays(1);
            }

            daysOff[compensation] = string.Create(CultureInfo.InvariantCulture, $"the day off of {name} ({date:yyyy-MM-dd}, a {date.DayOfWeek})");
        }

        foreach (DateOnly moved in yearData?.TransferredDaysOff ?? [])
        {
            daysOff.TryAdd(moved, "a day off moved by the Ministry of Labour's order");
        }

        var worked = new HashSet<DateOnly>(yearData?.TransferredWorkingDays ?? []);
        foreach (DateOnly day in worked)
        {
            daysOff.Remove(day);
        }

        return new YearDays(daysOff, worked);
    }

    private sealed record YearDays(Dictionary<DateOnly, string> DaysOff, HashSet<DateOnly> WorkedWeekendDays);
}
