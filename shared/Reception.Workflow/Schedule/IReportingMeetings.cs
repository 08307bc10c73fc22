using Reception.Domain.Schedule;

namespace Reception.Workflow.Schedule;

/// <summary>R12 (§6): the reporting meetings the office has entered.</summary>
public interface IReportingMeetings
{
    /// <summary>Adds a meeting, or changes the place of the official's meeting on that date.</summary>
    Task SaveAsync(ReportingMeeting meeting, CancellationToken cancellationToken);

    /// <summary>The meetings of a month, by date.</summary>
    Task<IReadOnlyList<ReportingMeeting>> MonthAsync(int year, int month, CancellationToken cancellationToken);
}
