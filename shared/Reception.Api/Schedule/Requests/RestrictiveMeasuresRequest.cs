
namespace Reception.Api.Schedule.Requests;

public sealed record RestrictiveMeasuresRequest(bool? Active, string? Reason);
