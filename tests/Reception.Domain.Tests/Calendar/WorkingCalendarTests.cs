using Reception.Domain.Calendar;

namespace Reception.Domain.Tests.Calendar;

public class WorkingCalendarTests
{
    private static readonly WorkingCalendar Calendar = BuiltInCalendarData.CreateCalendar();

    [Fact]
    public void R4_RequestOnFriday20March2026_IsDueMonday30March()
    {
        // Nauryz Sat 21 – Mon 23 March moves days off to Tue 24 and Wed 25: 26, 27, 30 are the 3 working days.
        Assert.Equal(new DateOnly(2026, 3, 30), Calendar.AddWorkingDays(new DateOnly(2026, 3, 20), 3));
    }

    [Theory]
    [InlineData("2026-03-21")]
    [InlineData("2026-03-22")]
    [InlineData("2026-03-23")]
    [InlineData("2026-03-24")]
    [InlineData("2026-03-25")]
    public void Nauryz2026_DaysOffAre21To25March(string date) =>
        Assert.False(Calendar.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void WeekendRule_8March2026OnSunday_GivesMonday9MarchOff()
    {
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2026, 3, 9)));
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2026, 3, 10)));
    }

    [Fact]
    public void WeekendRule_9May2026OnSaturday_GivesMonday11MayOff() =>
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2026, 5, 11)));

    [Fact]
    public void KurbanAit_27May2026_IsOff() =>
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2026, 5, 27)));

    [Fact]
    public void KurbanAit_OnSunday16June2024_DoesNotMoveToMonday() =>
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2024, 6, 17)));

    [Fact]
    public void OrthodoxChristmas_OnSunday7January2024_DoesNotMoveToMonday() =>
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2024, 1, 8)));

    [Fact]
    public void DecreeTransfer2024_Saturday4MayWorked_Wednesday8MayOff()
    {
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2024, 5, 4)));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2024, 5, 8)));
    }

    [Fact]
    public void MinistryTransfer2025_Sunday5JanuaryWorked_Friday3JanuaryOff()
    {
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2025, 1, 3)));
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2025, 1, 5)));
    }

    [Fact]
    public void R4_AppealReceivedOnFriday3January2025_IsDueOnWednesday8January()
    {
        // 5 Jan (Sunday, worked by the transfer), 6 Jan, then 8 Jan: 7 Jan is Orthodox Christmas.
        Assert.Equal(new DateOnly(2025, 1, 8), Reception.Domain.Deadlines.DeadlinePolicy.Seed.RegistrationDue(new DateOnly(2025, 1, 3), Calendar));
    }

    [Fact]
    public void YearWithoutData_WorksFromFixedRulesAndWarnsOnce()
    {
        var warnings = new List<string>();
        var calendar = new WorkingCalendar([], BuiltInCalendarData.Holidays, warnings.Add);

        Assert.False(calendar.IsWorkingDay(new DateOnly(2030, 1, 1)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2030, 1, 3)));
        calendar.IsWorkingDay(new DateOnly(2030, 6, 3));

        Assert.Single(warnings);
        Assert.Contains("2030", warnings[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Override_ReplacesAShippedYear()
    {
        CalendarYearData late = CalendarYearData.ParseJson("""
            { "year": 2026, "movableHolidays": ["2026-05-27"], "transferredDaysOff": ["2026-01-05"], "transferredWorkingDays": ["2026-01-10"] }
            """)[0];

        WorkingCalendar calendar = BuiltInCalendarData.CreateCalendar([late]);

        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 1, 5)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 1, 10)));
    }

    [Fact]
    public void ParseJson_DateOfAnotherYear_IsRejected() =>
        Assert.Throws<FormatException>(() => CalendarYearData.ParseJson("""{ "year": 2026, "movableHolidays": ["2027-05-16"], "transferredDaysOff": [], "transferredWorkingDays": [] }"""));

    [Fact]
    public void ShippedData_Covers2024To2027() =>
        Assert.Equal([2024, 2025, 2026, 2027], BuiltInCalendarData.All.Select(y => y.Year));

    [Fact]
    public void SubtractWorkingDays_SkipsDaysOff() =>
        Assert.Equal(new DateOnly(2026, 3, 19), Calendar.SubtractWorkingDays(new DateOnly(2026, 3, 26), 2));

    [Fact]
    public void WorkingDayOnOrAfter_DayOff_GivesNextWorkingDay()
    {
        Assert.Equal(new DateOnly(2026, 3, 26), Calendar.WorkingDayOnOrAfter(new DateOnly(2026, 3, 21)));
        Assert.Equal(new DateOnly(2026, 3, 26), Calendar.WorkingDayOnOrAfter(new DateOnly(2026, 3, 26)));
    }

    [Fact]
    public void EndOfDay_IsMidnightInAlmatyAtPlusFive() =>
        Assert.Equal(new DateTimeOffset(2026, 3, 30, 19, 0, 0, TimeSpan.Zero).AddTicks(-1), WorkingCalendar.EndOfDay(new DateOnly(2026, 3, 30)).ToUniversalTime());
}
