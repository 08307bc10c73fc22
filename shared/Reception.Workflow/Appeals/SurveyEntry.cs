
namespace Reception.Workflow.Appeals;

/// <summary>An appeal on the survey list.</summary>
public sealed record SurveyEntry(string AppealId, DateTimeOffset QueuedAt, int? Score, string? Comment);
