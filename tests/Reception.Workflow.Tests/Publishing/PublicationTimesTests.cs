using Reception.Workflow.Publishing;

namespace Reception.Workflow.Tests.Publishing;

public class PublicationTimesTests
{
    private static readonly TimeSpan Almaty = TimeSpan.FromHours(5);

    [Fact]
    public void R25_NextQuarterlyReport_IsSixInTheMorningOnTheQuartersFirstDay()
    {
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 6, 0, 0, Almaty), PublicationTimes.NextQuarterlyReport(new DateTimeOffset(2026, 3, 20, 10, 0, 0, Almaty)));
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 6, 0, 0, Almaty), PublicationTimes.NextQuarterlyReport(new DateTimeOffset(2026, 4, 1, 6, 0, 0, Almaty)));
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 6, 0, 0, Almaty), PublicationTimes.NextQuarterlyReport(new DateTimeOffset(2026, 4, 1, 5, 59, 0, Almaty)));
    }

    [Fact]
    public void R25_ReportPublishedOnAprilFirst_CoversTheFirstQuarter()
    {
        Assert.Equal((2026, 1), PublicationTimes.ReportQuarterFor(new DateTimeOffset(2026, 4, 1, 6, 0, 0, Almaty)));
        Assert.Equal((2025, 4), PublicationTimes.ReportQuarterFor(new DateTimeOffset(2026, 1, 1, 6, 0, 0, Almaty)));
    }

    [Fact]
    public void R13_MonthlySchedule_IsPublishedOnThe25thForTheNextMonth()
    {
        DateTimeOffset next = PublicationTimes.NextMonthlySchedule(new DateTimeOffset(2026, 12, 26, 9, 0, 0, Almaty));

        Assert.Equal(new DateTimeOffset(2027, 1, 25, 6, 0, 0, Almaty), next);
        Assert.Equal((2027, 2), PublicationTimes.ScheduleMonthFor(next));
    }

    [Fact]
    public void CronExpressions_AreSixInTheMorningAlmatyInUtc()
    {
        Assert.Equal("0 0 1 1 1,4,7,10 *", PublicationTimes.QuarterlyReportCron); // 01:00 UTC = 06:00 +05
        Assert.Equal("0 0 1 25 * *", PublicationTimes.MonthlyScheduleCron);
    }
}
