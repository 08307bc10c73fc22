
namespace Reception.Api.Schedule;

/// <summary>The reply to <c>POST /api/schedule</c>.</summary>
public sealed record ScheduleDayReply(string OfficialId, DateOnly Date, int Slots);
