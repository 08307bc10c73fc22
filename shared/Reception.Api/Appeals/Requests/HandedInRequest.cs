
namespace Reception.Api.Appeals.Requests;

public sealed record HandedInRequest(string? Subject);
