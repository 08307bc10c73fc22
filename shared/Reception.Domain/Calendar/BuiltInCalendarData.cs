using System.Reflection;

namespace Reception.Domain.Calendar;

/// <summary>
/// The calendar data shipped with the service, embedded: the public holidays with the years they
/// apply (<c>Calendar/holidays.json</c>) and each year's movable feasts and transfers
/// (<c>Calendar/Data/*.json</c>). Every entry names its source.
/// </summary>
public static class BuiltInCalendarData
{
    private static readonly Lazy<IReadOnlyList<CalendarYearData>> Years = new(Load);
    private static readonly Lazy<IReadOnlyList<PublicHoliday>> HolidayList = new(LoadHolidays);

    /// <summary>Every shipped year, in order.</summary>
    public static IReadOnlyList<CalendarYearData> All => Years.Value;

    /// <summary>The shipped public holidays, each with its validity and source.</summary>
    public static IReadOnlyList<PublicHoliday> Holidays => HolidayList.Value;

    /// <summary>
    /// A calendar from the shipped data, with overrides (later years, late changes) replacing
    /// shipped years, and a holiday list replacing the shipped one (a change of the law before a release).
    /// </summary>
    public static WorkingCalendar CreateCalendar(
        IEnumerable<CalendarYearData>? overrides = null, Action<string>? warn = null, IReadOnlyList<PublicHoliday>? holidays = null) =>
        new(All.Concat(overrides ?? []), holidays ?? Holidays, warn);

    private static IReadOnlyList<PublicHoliday> LoadHolidays()
    {
        using Stream stream = typeof(BuiltInCalendarData).Assembly.GetManifestResourceStream("Reception.Domain.Calendar.holidays.json")
            ?? throw new InvalidOperationException("The holiday list is not embedded in Reception.Domain.");
        using var reader = new StreamReader(stream);
        return PublicHoliday.ParseJson(reader.ReadToEnd());
    }

    // Embedded resources are part of the assembly: reading them touches no file system.
    private static List<CalendarYearData> Load()
    {
        Assembly assembly = typeof(BuiltInCalendarData).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Reception.Domain.Calendar.Data.", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .SelectMany(name =>
            {
                using Stream stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                return CalendarYearData.ParseJson(reader.ReadToEnd());
            })
            .OrderBy(y => y.Year)
            .ToList();
    }
}
