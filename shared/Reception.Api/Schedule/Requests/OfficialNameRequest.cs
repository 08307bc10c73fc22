
namespace Reception.Api.Schedule.Requests;

public sealed record OfficialNameRequest(string? Kk, string? Ru);
