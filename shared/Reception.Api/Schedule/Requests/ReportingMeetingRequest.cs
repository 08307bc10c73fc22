
namespace Reception.Api.Schedule.Requests;

/// <summary><c>POST /api/reporting-meetings</c>: the akim's or a deputy's reporting meeting with the population (R12).</summary>
public sealed record ReportingMeetingRequest(string? OfficialId, DateOnly? Date, string? Place);
