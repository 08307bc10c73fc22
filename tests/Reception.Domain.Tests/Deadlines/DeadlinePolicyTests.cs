using Reception.Domain.Calendar;
using Reception.Domain.Deadlines;

namespace Reception.Domain.Tests.Deadlines;

public class DeadlinePolicyTests
{
    private static readonly WorkingCalendar Calendar = BuiltInCalendarData.CreateCalendar();
    private static readonly DeadlinePolicy Seed = DeadlinePolicy.Seed;

    [Fact]
    public void R4_RegistrationDue_IsThreeWorkingDaysAfterReceipt() =>
        Assert.Equal(new DateOnly(2026, 3, 30), Seed.RegistrationDue(new DateOnly(2026, 3, 20), Calendar));

    [Fact]
    public void R5_MemoDue_IsFiveWorkingDaysBeforeTheReception()
    {
        // Reception Thu 2 April 2026: back over 1 Apr, 31, 30, 27, 26 March (24-25 are Nauryz days off).
        Assert.Equal(new DateOnly(2026, 3, 26), Seed.MemoDue(new DateOnly(2026, 4, 2), Calendar));
    }

    [Fact]
    public void R8_AnswerDue_IsFifteenCalendarDaysAfterRegistration() =>
        Assert.Equal(new DateOnly(2026, 4, 8), Seed.AnswerDue(new DateOnly(2026, 3, 24), Calendar));

    [Theory]
    [InlineData(DayOffEnding.PreviousWorkingDay, "2026-04-03")] // the office's own stricter reading, a setting
    [InlineData(DayOffEnding.NextWorkingDay, "2026-04-06")] // the law's (Civil Code art. 173), the default
    [InlineData(DayOffEnding.Keep, "2026-04-04")]
    public void R8_AnswerDueOnADayOff_EndsWhereTheSettingSays(DayOffEnding ending, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            (Seed with { DayOffEnding = ending }).AnswerDue(new DateOnly(2026, 3, 20), Calendar)); // 15 days after: Saturday 4 April

    [Theory]
    [InlineData("2026-03-20T17:59:00+05:00", "2026-03-20")] // Friday, in working hours
    [InlineData("2026-03-20T08:10:00+05:00", "2026-03-20")] // Friday, before opening: handled that day
    [InlineData("2026-03-20T19:05:00+05:00", "2026-03-26")] // Friday evening: the weekend, Nauryz 21–23 March and its transferred days off
    [InlineData("2026-03-21T11:00:00+05:00", "2026-03-26")] // on Nauryz
    public void R4_ARequestOutsideWorkingHours_CountsFromTheNextWorkingDay(string receivedAt, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            Seed.CountsFrom(DateTimeOffset.Parse(receivedAt, System.Globalization.CultureInfo.InvariantCulture), Calendar));

    [Fact]
    public void R4_OfficeHours_AreSettings()
    {
        DeadlinePolicy policy = DeadlinePolicy.FromSettings(new Dictionary<string, string> { ["OfficeCloses"] = "20:00" });
        Assert.Equal(new DateOnly(2026, 3, 20), policy.CountsFrom(new DateTimeOffset(2026, 3, 20, 19, 5, 0, TimeSpan.FromHours(5)), Calendar));
    }

    [Fact]
    public void R8_ATermEndingOnAHoliday_EndsOnTheNextWorkingDay_ByDefault()
    {
        // The case: 15 days from Wednesday 24 April 2024 end on Thursday 9 May (Victory
        // Day); the next working day is Friday 10 May, not Monday 6 May.
        Assert.Equal(DayOffEnding.NextWorkingDay, Seed.DayOffEnding);
        Assert.Equal(new DateOnly(2024, 5, 10), Seed.AnswerDue(new DateOnly(2024, 4, 24), Calendar));
    }

    [Fact]
    public void DayOffEnding_IsASettingOfThePolicy() =>
        Assert.Equal(DayOffEnding.NextWorkingDay, DeadlinePolicy.FromSettings(new Dictionary<string, string> { ["DayOffEnding"] = "nextWorkingDay" }).DayOffEnding);

    [Fact]
    public void R9_Extension_NeverGoesPastThirtyCalendarDays()
    {
        var registered = new DateOnly(2026, 3, 20);

        Assert.Equal(new DateOnly(2026, 4, 20), Seed.ExtendedAnswerCapDue(registered, Calendar)); // 30 days: Sunday 19 April, so Monday (the law's reading)
        Assert.Equal(new DateOnly(2026, 4, 20), Seed.ExtendAnswer(registered, new DateOnly(2026, 5, 30), Calendar));
        Assert.Equal(new DateOnly(2026, 4, 17), (Seed with { DayOffEnding = DayOffEnding.PreviousWorkingDay }).ExtendedAnswerCapDue(registered, Calendar));
        Assert.Equal(new DateOnly(2026, 4, 10), Seed.ExtendAnswer(registered, new DateOnly(2026, 4, 10), Calendar));
    }

    [Fact]
    public void R10_CentralBodyNotice_IsTwoWorkingDays() =>
        Assert.Equal(new DateOnly(2026, 3, 27), Seed.CentralBodyNoticeDue(new DateOnly(2026, 3, 20), Calendar));

    [Fact]
    public void R11_RefusalReport_IsTwoWorkingDays() =>
        Assert.Equal(new DateOnly(2026, 5, 12), Seed.CentralBodyRefusalReportDue(new DateOnly(2026, 5, 7), Calendar));

    [Theory]
    [InlineData("2026-04-06", true)]  // Mon, 2 working days before Wed 8 April
    [InlineData("2026-04-07", false)] // Tue: only 1 working day before
    [InlineData("2026-04-08", true)]  // the day itself
    public void R14_AbsenceNotice_TwoWorkingDaysBeforeOrOnTheDay(string noticeOn, bool inTime) =>
        Assert.Equal(inTime, Seed.IsAbsenceNoticeInTime(DateOnly.Parse(noticeOn, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2026, 4, 8), Calendar));

    [Fact]
    public void LaterLaw_IsExpressibleByConfigurationAlone()
    {
        // APPC (2021): registration on the day of receipt, decision within 15 working days,
        // extension up to 2 months with notice within 3 working days.
        DeadlinePolicy later = DeadlinePolicy.FromSettings(new Dictionary<string, string>
        {
            ["registration"] = "0 workingDays",
            ["answer"] = "15 workingDays",
            ["extendedAnswerCap"] = "2 months",
            ["extensionNotice"] = "3 workingDays",
        });

        Assert.Equal(new DateOnly(2026, 3, 26), later.RegistrationDue(new DateOnly(2026, 3, 21), Calendar)); // Saturday in Nauryz → next working day
        Assert.Equal(new DateOnly(2026, 3, 20), later.RegistrationDue(new DateOnly(2026, 3, 20), Calendar));
        Assert.Equal(new DateOnly(2026, 4, 15), later.AnswerDue(new DateOnly(2026, 3, 20), Calendar));
        Assert.Equal(new DateOnly(2026, 5, 20), later.ExtendedAnswerCapDue(new DateOnly(2026, 3, 20), Calendar));
        Assert.Equal(Term.WorkingDays(5), later.MemoBeforeReception); // untouched terms keep the seed's
    }

    [Theory]
    [InlineData("answer", "15 days")]
    [InlineData("answer", "fifteen calendarDays")]
    [InlineData("answer", "-1 calendarDays")]
    [InlineData("deadlineForEverything", "3 workingDays")]
    public void FromSettings_BadEntry_IsRejectedNamingIt(string key, string value)
    {
        FormatException error = Assert.Throws<FormatException>(() => DeadlinePolicy.FromSettings(new Dictionary<string, string> { [key] = value }));
        Assert.True(error.Message.Contains(key, StringComparison.Ordinal) || error.Message.Contains(value, StringComparison.Ordinal));
    }

    [Fact]
    public void Term_ParseAndToString_RoundTrip() =>
        Assert.Equal(Term.CalendarDays(15), Term.Parse(Term.CalendarDays(15).ToString()));
}
