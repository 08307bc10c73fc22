
namespace Reception.Api.Appeals.Requests;

public sealed record DecisionRequest(bool? Approve, string? Reason);
