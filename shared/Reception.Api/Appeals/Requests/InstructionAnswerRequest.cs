
namespace Reception.Api.Appeals.Requests;

public sealed record InstructionAnswerRequest(string? Executor, string? Answer, bool? Final);
