
namespace Reception.Api.Schedule.Requests;

public sealed record UnavailabilityRequest(DateOnly? Date, string? Reason);
