using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Reception.Domain.Calendar;
using Reception.Domain.Deadlines;
using Reception.Workflow.Rules;

namespace Reception.Workflow.Tests.Rules;

public class RulesServicesTests
{
    [Fact]
    public void CreateCalendar_OverrideFile_AddsAYearWithoutCodeChange()
    {
        string file = Path.GetTempFileName();
        File.WriteAllText(file, """[{ "year": 2028, "movableHolidays": ["2028-05-04"], "transferredDaysOff": [], "transferredWorkingDays": [] }]""");
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [RulesOptions.CalendarOverrideKey] = file })
            .Build();

        WorkingCalendar calendar = RulesServices.CreateCalendar(configuration, NullLogger.Instance);

        Assert.False(calendar.IsWorkingDay(new DateOnly(2028, 5, 4)));
        Assert.Contains(2028, calendar.YearsWithData);
        File.Delete(file);
    }

    [Fact]
    public void CreateCalendar_HolidaysFile_ReplacesTheShippedHolidaysWithoutCodeChange()
    {
        // The law drops Capital Day from 2027: the operator ships a new list, not a release.
        string file = Path.GetTempFileName();
        File.WriteAllText(file, """{ "holidays": [ { "name": "Capital Day", "month": 7, "day": 6, "movesOffWeekend": true, "until": "2026-12-31", "source": "an amending law" } ] }""");
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [RulesOptions.HolidaysFileKey] = file })
            .Build();

        WorkingCalendar calendar = RulesServices.CreateCalendar(configuration, NullLogger.Instance);

        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 7, 6)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 7, 6)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 1, 1)));
        File.Delete(file);
    }

    [Fact]
    public void CreateCalendar_MissingOverrideFile_FailsAtStartNamingIt()
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [RulesOptions.CalendarOverrideKey] = "/nowhere/calendar.json" })
            .Build();

        Assert.Contains("/nowhere/calendar.json", Assert.Throws<FileNotFoundException>(() => RulesServices.CreateCalendar(configuration, NullLogger.Instance)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreatePolicy_DeadlinesSection_ReplacesTheSeedsTerms()
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Reception:Deadlines:Registration"] = "0 workingDays",
                ["Reception:Deadlines:Answer"] = "15 workingDays",
            })
            .Build();

        DeadlinePolicy policy = RulesServices.CreatePolicy(configuration);

        Assert.Equal(Term.WorkingDays(0), policy.Registration);
        Assert.Equal(Term.WorkingDays(15), policy.Answer);
        Assert.Equal(DeadlinePolicy.Seed.ExtendedAnswerCap, policy.ExtendedAnswerCap);
    }
}
