using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Reception.Domain.Calendar;
using Reception.Domain.Deadlines;

namespace Reception.Workflow.Rules;

/// <summary>Builds the working calendar and the deadline policy from configuration, once, at start.</summary>
public static partial class RulesServices
{
    public static IServiceCollection AddReceptionRules(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(sp => CreateCalendar(configuration, sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WorkingCalendar))));
        services.AddSingleton(_ => CreatePolicy(configuration));
        return services;
    }

    /// <summary>
    /// The shipped calendar data with the override file's years in place of shipped ones, and the
    /// holidays file's list in place of the shipped holidays.
    /// </summary>
    public static WorkingCalendar CreateCalendar(IConfiguration configuration, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        IReadOnlyList<CalendarYearData> overrides = [];
        if (ReadConfiguredFile(configuration, RulesOptions.CalendarOverrideKey) is (string overrideFile, string years))
        {
            overrides = CalendarYearData.ParseJson(years);
            LogOverrides(logger, overrideFile, string.Join(", ", overrides.Select(y => y.Year)));
        }

        IReadOnlyList<PublicHoliday>? holidays = null;
        if (ReadConfiguredFile(configuration, RulesOptions.HolidaysFileKey) is (string holidaysFile, string list))
        {
            holidays = PublicHoliday.ParseJson(list);
            LogHolidays(logger, holidaysFile, holidays.Count);
        }

        return BuiltInCalendarData.CreateCalendar(overrides, warning => LogMissingYear(logger, warning), holidays);
    }

    // A configured file that is missing fails the start, naming the setting: a calendar silently without it would be wrong.
    private static (string Path, string Text)? ReadConfiguredFile(IConfiguration configuration, string key)
    {
        string? path = configuration[key];
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{key} names '{path}', which does not exist.", path);
        }

        return (path, File.ReadAllText(path));
    }

    /// <summary>The seed's terms with those of <c>Reception:Deadlines</c> in their place.</summary>
    public static DeadlinePolicy CreatePolicy(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        Dictionary<string, string> terms = configuration.GetSection(RulesOptions.DeadlinesSection).GetChildren()
            .Where(c => c.Value is not null)
            .ToDictionary(c => c.Key, c => c.Value!, StringComparer.OrdinalIgnoreCase);
        return DeadlinePolicy.FromSettings(terms);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Calendar override file {File} replaces the years {Years}")]
    private static partial void LogOverrides(ILogger logger, string file, string years);

    [LoggerMessage(Level = LogLevel.Information, Message = "Holidays file {File} replaces the shipped list with {Count} holidays")]
    private static partial void LogHolidays(ILogger logger, string file, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Warning}")]
    private static partial void LogMissingYear(ILogger logger, string warning);
}
