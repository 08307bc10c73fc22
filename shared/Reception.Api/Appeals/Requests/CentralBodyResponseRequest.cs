
namespace Reception.Api.Appeals.Requests;

public sealed record CentralBodyResponseRequest(bool? Participates, string? Note);
