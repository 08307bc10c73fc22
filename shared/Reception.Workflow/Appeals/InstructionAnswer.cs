namespace Reception.Workflow.Appeals;

/// <summary>An executor's answer to an instruction; only a final one closes it (R20).</summary>
public sealed record InstructionAnswer(string Executor, string Answer, bool Final, DateTimeOffset At);
