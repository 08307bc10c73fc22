namespace Reception.Workflow.Http.Requests;

public sealed record InstructionRequest(string? Text, string? Assignee, DateOnly? DueDate);
