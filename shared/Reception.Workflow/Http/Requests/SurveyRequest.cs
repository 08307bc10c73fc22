namespace Reception.Workflow.Http.Requests;

public sealed record SurveyRequest(int? Score, string? Comment);
