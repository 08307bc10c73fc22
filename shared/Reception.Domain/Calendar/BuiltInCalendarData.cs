using System.Reflection;

namespace Reception.Domain.Calendar;

/// <summary>The per-year calendar data shipped with the service (<c>Calendar/Data/*.json</c>, embedded).</summary>
public static class BuiltInCalendarData
{
    private static readonly Lazy<IReadOnlyList<CalendarYearData>> Years = new(Load);

    /// <summary>Every shipped year, in order.</summary>
    public static IReadOnlyList<CalendarYearData> All => Years.Value;

    /// <summary>A calendar from the shipped data, with overrides (later years, late changes) replacing shipped years.</summary>
    public static WorkingCalendar CreateCalendar(IEnumerable<CalendarYearData>? overrides = null, Action<string>? warn = null) =>
        new(All.Concat(overrides ?? []), warn);

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
