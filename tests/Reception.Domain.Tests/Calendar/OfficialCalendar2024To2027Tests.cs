using System.Globalization;
using Reception.Domain.Calendar;
using Reception.Domain.Deadlines;

namespace Reception.Domain.Tests.Calendar;

/// <summary>
/// The shipped calendar against the official calendars of 2024–2027, day by day where it matters:
/// every holiday on a weekend, every Ministry transfer, every change of the Law "On holidays".
/// The working days are what R4 (registration), R5 (memo) and R14 (absence notice) count, so each
/// test is named after R4, the rule that counts them first.
/// </summary>
public class OfficialCalendar2024To2027Tests
{
    private static readonly WorkingCalendar Calendar = BuiltInCalendarData.CreateCalendar();

    // Expected values written from the published calendars (e-gov, Kazinform, MTSZN), not from the code.
    [Theory]
    // 2024: Christmas on Sunday and Kurban Ait on Sunday never move; Nauryz 23 March (Sat) → Mon 25; Capital Day (Sat) → Mon 8 July.
    [InlineData("2024-01-08", true, "Orthodox Christmas on Sun 7 Jan never moves")]
    [InlineData("2024-03-25", false, "Nauryz 23 Mar on Saturday")]
    [InlineData("2024-03-26", true, "after Nauryz")]
    [InlineData("2024-07-08", false, "Capital Day 6 Jul on Saturday")]
    [InlineData("2024-06-17", true, "Kurban Ait on Sun 16 Jun never moves")]
    [InlineData("2024-05-04", true, "Ministry order: Sat 4 May worked")]
    [InlineData("2024-05-08", false, "Ministry order: Wed 8 May off")]
    [InlineData("2024-08-30", false, "Constitution Day of 1995 still a holiday")]
    // 2025: 8 Mar (Sat) → Mon 10; Nauryz 22–23 (Sat–Sun) → Mon 24, Tue 25; 6 Jul (Sun) → Mon 7; 30 Aug (Sat) → Mon 1 Sep; 25 Oct (Sat) → Mon 27.
    [InlineData("2025-01-03", false, "Ministry order of 21.11.2024: day off moved to Fri 3 Jan")]
    [InlineData("2025-01-05", true, "Ministry order of 21.11.2024: Sun 5 Jan worked")]
    [InlineData("2025-03-10", false, "Women's Day 8 Mar on Saturday")]
    [InlineData("2025-03-24", false, "Nauryz 22 Mar on Saturday")]
    [InlineData("2025-03-25", false, "Nauryz 23 Mar on Sunday")]
    [InlineData("2025-03-26", true, "after Nauryz")]
    [InlineData("2025-07-07", false, "Capital Day 6 Jul on Sunday")]
    [InlineData("2025-09-01", false, "Constitution Day 30 Aug on Saturday")]
    [InlineData("2025-10-27", false, "Republic Day 25 Oct on Saturday")]
    [InlineData("2025-06-06", false, "Kurban Ait")]
    // 2026: 8 Mar (Sun) → Mon 9; Nauryz 21–22 (Sat–Sun) → Tue 24, Wed 25; 9 May (Sat) → Mon 11; 25 Oct (Sun) → Mon 26;
    // 30 Aug (Sun) is no longer a holiday, so Mon 31 Aug is worked.
    [InlineData("2026-03-09", false, "Women's Day 8 Mar on Sunday")]
    [InlineData("2026-03-24", false, "Nauryz 21 Mar on Saturday")]
    [InlineData("2026-03-25", false, "Nauryz 22 Mar on Sunday")]
    [InlineData("2026-03-26", true, "after Nauryz")]
    [InlineData("2026-05-11", false, "Victory Day 9 May on Saturday")]
    [InlineData("2026-05-27", false, "Kurban Ait")]
    [InlineData("2026-08-31", true, "30 Aug is not a holiday from 2026")]
    [InlineData("2026-10-26", false, "Republic Day 25 Oct on Sunday")]
    [InlineData("2026-03-16", true, "Constitution Day 15 Mar is a day off only from 2027")]
    // 2027: 2 Jan (Sat) → Mon 4; 15 Mar (Mon) Constitution Day; Nauryz 21 (Sun) → Wed 24; 1 May (Sat) → Mon 3; 9 May (Sun) → Mon 10;
    // Kurban Ait on Sun 16 May never moves; 30 Aug (Mon) worked.
    [InlineData("2027-01-04", false, "New Year 2 Jan on Saturday")]
    [InlineData("2027-03-15", false, "Constitution Day of the 2026 Constitution")]
    [InlineData("2027-03-22", false, "Nauryz")]
    [InlineData("2027-03-23", false, "Nauryz")]
    [InlineData("2027-03-24", false, "Nauryz 21 Mar on Sunday")]
    [InlineData("2027-03-25", true, "after Nauryz")]
    [InlineData("2027-05-03", false, "Unity Day 1 May on Saturday")]
    [InlineData("2027-05-10", false, "Victory Day 9 May on Sunday")]
    [InlineData("2027-05-17", true, "Kurban Ait on Sun 16 May never moves")]
    [InlineData("2027-08-30", true, "30 Aug is not a holiday")]
    public void R4_WorkingDays_FollowTheOfficialCalendar(string date, bool working, string why)
    {
        DateOnly day = DateOnly.Parse(date, CultureInfo.InvariantCulture);
        Assert.True(working == Calendar.IsWorkingDay(day), $"{date} should be a {(working ? "working day" : "day off")}: {why}.");
    }

    [Fact]
    public void R4_RequestOnFriday28August2026_IsDueWednesday2September()
    {
        // 31 Aug is worked from 2026 (30 Aug no longer a holiday): Mon 31, Tue 1, Wed 2 are the three working days.
        Assert.Equal(new DateOnly(2026, 9, 2), DeadlinePolicy.Seed.RegistrationDue(new DateOnly(2026, 8, 28), Calendar));
    }

    [Fact]
    public void R4_RequestOnFriday12March2027_SkipsConstitutionDay()
    {
        // Mon 15 March 2027 is Constitution Day: Tue 16, Wed 17, Thu 18.
        Assert.Equal(new DateOnly(2027, 3, 18), DeadlinePolicy.Seed.RegistrationDue(new DateOnly(2027, 3, 12), Calendar));
    }

    [Fact]
    public void WhyNotWorking_NamesTheHolidayTheMovedDayOffAndTheWeekend()
    {
        Assert.Equal("Kurban Ait", Calendar.WhyNotWorking(new DateOnly(2026, 5, 27)));
        Assert.Contains("Victory Day", Calendar.WhyNotWorking(new DateOnly(2026, 5, 11)), StringComparison.Ordinal);
        Assert.Contains("Ministry of Labour", Calendar.WhyNotWorking(new DateOnly(2024, 5, 8)), StringComparison.Ordinal);
        Assert.Equal("Saturday", Calendar.WhyNotWorking(new DateOnly(2026, 11, 28)));
        Assert.Null(Calendar.WhyNotWorking(new DateOnly(2026, 11, 25)));
    }

    [Fact]
    public void ShippedData_EveryHolidayAndEveryYearNamesItsSource()
    {
        Assert.All(BuiltInCalendarData.Holidays, h => Assert.False(string.IsNullOrWhiteSpace(h.Source), h.Name));
        Assert.All(BuiltInCalendarData.All, y => Assert.False(string.IsNullOrWhiteSpace(y.Source), y.Year.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal([2024, 2025, 2026, 2027], BuiltInCalendarData.All.Select(y => y.Year));
    }

    [Fact]
    public void HolidaysFile_ALawChangeIsDataWithValidityDates()
    {
        // A holiday introduced from 2028 and one withdrawn after 2027, without a release.
        IReadOnlyList<PublicHoliday> changed = PublicHoliday.ParseJson("""
            { "holidays": [
              { "name": "New Year", "month": 1, "day": 1, "movesOffWeekend": true, "source": "law" },
              { "name": "Some Day", "month": 6, "day": 1, "movesOffWeekend": true, "from": "2028-01-01", "source": "amending law" },
              { "name": "Old Day", "month": 9, "day": 1, "movesOffWeekend": false, "until": "2027-12-31", "source": "repealed" }
            ] }
            """);
        WorkingCalendar calendar = BuiltInCalendarData.CreateCalendar(holidays: changed);

        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 6, 1)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2028, 6, 1)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 9, 1)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2028, 9, 1)));
    }

    [Theory]
    [InlineData("""{ "holidays": [ { "name": "Leap", "month": 2, "day": 29, "movesOffWeekend": true, "source": "x" } ] }""")]
    [InlineData("""{ "holidays": [ { "name": "No source", "month": 5, "day": 1, "movesOffWeekend": true, "source": " " } ] }""")]
    [InlineData("""{ "holidays": [ { "name": "Backwards", "month": 5, "day": 1, "movesOffWeekend": true, "source": "x", "from": "2027-01-01", "until": "2026-12-31" } ] }""")]
    [InlineData("""{ "holidays": [ { "name": "Typo", "month": 5, "day": 1, "movesOffWeekend": true, "source": "x", "form": "2027-01-01" } ] }""")]
    [InlineData("""{ "days": [] }""")]
    public void HolidaysFile_Invalid_IsRefused(string json) =>
        Assert.Throws<FormatException>(() => PublicHoliday.ParseJson(json));
}
