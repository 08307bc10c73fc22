namespace Reception.Workflow.Reports;

/// <summary>Protocol instructions given, answered finally, still open, and gone overdue (R20).</summary>
public sealed record InstructionFigures(long Opened, long Closed, long Open, long Overdue);
