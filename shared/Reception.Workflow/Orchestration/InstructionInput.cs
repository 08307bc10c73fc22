namespace Reception.Workflow.Orchestration;

/// <summary>One protocol instruction under control (R20).</summary>
public sealed record InstructionInput(string AppealId, int Number, DateOnly DueDate);
