using Reception.Domain.Queue;
using Reception.Domain.Schedule;

namespace Reception.Workflow.Schedule;

/// <summary>An applicant booked into a day, with what the queue order needs (R7).</summary>
public sealed record DayBooking(string AppealId, bool OutOfTurn, DateTimeOffset RegisteredAt, bool VideoConference, TimeOnly Time, ReceptionMode Mode)
{
    public QueueEntry ToQueueEntry() => new(AppealId, OutOfTurn, RegisteredAt, VideoConference);
}
