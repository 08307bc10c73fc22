
namespace Reception.Api.Schedule.Requests;

public sealed record ScheduleDayRequest(
    string? OfficialId, OfficialNameRequest? OfficialName, DateOnly? Date, TimeOnly? Start, TimeOnly? End, int? SlotMinutes, string? Mode, string? Kind,
    string? ExceptionReason = null,
    string? Place = null,
    string? Connection = null);
