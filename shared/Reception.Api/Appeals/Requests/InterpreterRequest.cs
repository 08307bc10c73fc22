
namespace Reception.Api.Appeals.Requests;

/// <summary><c>POST /api/appeals/{id}/interpreter</c>: who interprets at the reception, and into which language (R16).</summary>
public sealed record InterpreterRequest(string? Name, string? Language);
