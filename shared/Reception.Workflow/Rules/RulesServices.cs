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

    /// <summary>The shipped calendar data with the override file's years in place of shipped ones.</summary>
    public static WorkingCalendar CreateCalendar(IConfiguration configuration, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        string? overrideFile = configuration[RulesOptions.CalendarOverrideKey];
        IReadOnlyList<CalendarYearData> overrides = [];
        if (!string.IsNullOrWhiteSpace(overrideFile))
        {
            if (!File.Exists(overrideFile))
            {
                throw new FileNotFoundException($"{RulesOptions.CalendarOverrideKey} names '{overrideFile}', which does not exist.", overrideFile);
            }

            overrides = CalendarYearData.ParseJson(File.ReadAllText(overrideFile));
            LogOverrides(logger, overrideFile, string.Join(", ", overrides.Select(y => y.Year)));
        }

        return BuiltInCalendarData.CreateCalendar(overrides, warning => LogMissingYear(logger, warning));
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Warning}")]
    private static partial void LogMissingYear(ILogger logger, string warning);
}
