namespace Reception.Workflow.Reports;

/// <summary>The survey (R23): how many answered, and the average score of 5.</summary>
public sealed record SatisfactionFigures(long Surveyed, double? AverageScore);
