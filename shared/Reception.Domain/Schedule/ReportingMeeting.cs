namespace Reception.Domain.Schedule;

/// <summary>R12 (§6): a reporting meeting of the akim or a deputy with the population.</summary>
public sealed record ReportingMeeting(string OfficialId, DateOnly Date, string? Place = null);
