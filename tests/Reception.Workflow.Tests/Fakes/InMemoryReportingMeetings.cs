using System.Collections.Concurrent;
using Reception.Domain.Schedule;
using Reception.Workflow.Schedule;

namespace Reception.Workflow.Tests.Fakes;

internal sealed class InMemoryReportingMeetings : IReportingMeetings
{
    private readonly ConcurrentDictionary<(string, DateOnly), ReportingMeeting> meetings = new();

    public Task SaveAsync(ReportingMeeting meeting, CancellationToken cancellationToken)
    {
        meetings[(meeting.OfficialId, meeting.Date)] = meeting;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ReportingMeeting>> MonthAsync(int year, int month, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ReportingMeeting>>([.. meetings.Values.Where(m => m.Date.Year == year && m.Date.Month == month).OrderBy(m => m.Date)]);
}
