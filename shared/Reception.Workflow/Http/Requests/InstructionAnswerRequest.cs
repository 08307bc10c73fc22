namespace Reception.Workflow.Http.Requests;

public sealed record InstructionAnswerRequest(string? Executor, string? Answer, bool? Final);
