using Reception.Domain.Applicants;

namespace Reception.Domain.Appeals;

/// <summary>A validated request for a personal reception, as the applicant made it.</summary>
/// <param name="Subject">Free text; may be without substance, which is decided later (R2), not here.</param>
/// <param name="RequestedOfficial">The official the applicant asks for, e.g. <c>akim</c> or a deputy's id.</param>
public sealed record AppealSubmission(
    string ExternalId,
    Applicant Applicant,
    string Subject,
    string RequestedOfficial,
    Language Language,
    bool VideoConference,
    bool NeedsInterpreter)
{
    /// <summary>The language the applicant needs an interpreter into (R16), when they named it; implies <see cref="NeedsInterpreter"/>.</summary>
    public string? InterpreterLanguage { get; init; }
}
