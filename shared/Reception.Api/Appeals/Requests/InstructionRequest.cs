
namespace Reception.Api.Appeals.Requests;

public sealed record InstructionRequest(string? Text, string? Assignee, DateOnly? DueDate);
