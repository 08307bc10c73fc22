
namespace Reception.Api.Appeals.Requests;

/// <param name="RefusedOn">When a refusal reached the office (default today): R11's 2 working days to report it count from then.</param>
public sealed record CentralBodyResponseRequest(bool? Participates, string? Note, DateOnly? RefusedOn = null);
