using System.Globalization;
using Microsoft.Extensions.Configuration;
using Reception.Domain.Calendar;
using Reception.Domain.Schedule;

namespace Reception.Workflow.Schedule;

/// <summary>
/// The R12 (§6) check of a month's schedule: the akim and every deputy receive at least once that
/// month, and on the working day before and after each of their reporting meetings.
/// </summary>
public sealed class ScheduleCheck(IScheduleStore schedule, IReportingMeetings meetings, WorkingCalendar calendar, IConfiguration configuration)
{
    /// <summary>Configuration: the ids of the akim and the deputies, who must receive every month (R12).</summary>
    public const string AkimAndDeputiesKey = "Reception:Officials:AkimAndDeputies";

    // The working day before a meeting on the 1st, or after one on the last day, lies in the next
    // or previous month; a fortnight either side holds it even around the longest holidays.
    private const int DaysAroundTheMonth = 14;

    public async Task<ScheduleCheckReport> MonthAsync(int year, int month, CancellationToken cancellationToken)
    {
        var first = new DateOnly(year, month, 1);
        IReadOnlyList<ScheduledDay> around = await schedule.DaysFromAsync(null, first.AddDays(-DaysAroundTheMonth), cancellationToken);
        List<ScheduledDay> receiving = [.. around.Where(d => d.AbsenceReason is null && d.Date < first.AddMonths(1).AddDays(DaysAroundTheMonth))];
        string[] mustReceive = configuration.GetSection(AkimAndDeputiesKey).Get<string[]>() ?? ["akim"];
        IReadOnlyList<string> without = MonthlyCoverage.OfficialsWithoutReceptionDay(year, month, mustReceive, receiving.Select(d => d.ToReceptionDay()));
        IReadOnlyList<ReportingMeeting> monthMeetings = await meetings.MonthAsync(year, month, cancellationToken);
        IReadOnlyList<MissingReceptionDay> missing = ReportingMeetingCoverage.Missing(monthMeetings, receiving.Select(d => (d.OfficialId, d.Date)), calendar);
        return new ScheduleCheckReport(string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}"), without, monthMeetings, missing);
    }
}

/// <param name="WithoutReceptionDay">Officials with no reception day in the month.</param>
/// <param name="ReportingMeetings">The month's reporting meetings.</param>
/// <param name="MissingAroundReportingMeetings">Reception days the meetings require and the schedule lacks.</param>
public sealed record ScheduleCheckReport(
    string Month,
    IReadOnlyList<string> WithoutReceptionDay,
    IReadOnlyList<ReportingMeeting> ReportingMeetings,
    IReadOnlyList<MissingReceptionDay> MissingAroundReportingMeetings)
{
    public bool Complete => WithoutReceptionDay.Count == 0 && MissingAroundReportingMeetings.Count == 0;

    /// <summary>Each gap in words, for the Department's head (Russian, the office's working language).</summary>
    public IReadOnlyList<string> GapsInWords() =>
    [
        .. WithoutReceptionDay,
        .. MissingAroundReportingMeetings.Select(m => string.Create(CultureInfo.InvariantCulture,
            $"{m.OfficialId} {m.Date:dd.MM.yyyy} ({(m.Kind == ReceptionDayKind.BeforeReportingMeeting ? "накануне" : "на следующий день после")} отчетной встречи {m.Meeting:dd.MM.yyyy})")),
    ];
}
