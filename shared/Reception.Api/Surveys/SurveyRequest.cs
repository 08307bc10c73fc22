
namespace Reception.Api.Surveys;

public sealed record SurveyRequest(int? Score, string? Comment);
