namespace Reception.Domain.Schedule;

/// <summary>R12 (§6): a reception day the schedule must have around a reporting meeting and does not.</summary>
/// <param name="Date">The working day before or after the meeting.</param>
/// <param name="Kind"><see cref="ReceptionDayKind.BeforeReportingMeeting"/> or <see cref="ReceptionDayKind.AfterReportingMeeting"/>.</param>
public sealed record MissingReceptionDay(string OfficialId, DateOnly Meeting, DateOnly Date, ReceptionDayKind Kind);
