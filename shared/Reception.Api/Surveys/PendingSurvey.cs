
namespace Reception.Api.Surveys;

/// <summary>An applicant to phone for the survey (R23); staff only.</summary>
public sealed record PendingSurvey(string AppealId, string? RegistrationNumber, Domain.Appeals.AppealStatus Status, string Applicant, string? Phone, Domain.Appeals.Language Language, DateTimeOffset QueuedAt);
