namespace Reception.Domain.Appeals;

/// <summary>
/// An intake body as it arrived, before validation: every field optional and every enum a string,
/// so that one validation pass can report all problems at once with their field paths.
/// </summary>
/// <remarks>Only <see cref="Validation.SubmissionValidator"/> turns a draft into an <see cref="AppealSubmission"/>.</remarks>
public sealed record SubmissionDraft
{
    public string? ExternalId { get; init; }
    public ApplicantDraft? Applicant { get; init; }
    public string? Subject { get; init; }
    public string? RequestedOfficial { get; init; }
    public string? Language { get; init; }
    public bool? VideoConference { get; init; }
    public bool? NeedsInterpreter { get; init; }
    public string? InterpreterLanguage { get; init; }

    /// <summary>Office intake only: paper, courier or oral (R1).</summary>
    public string? Channel { get; init; }
}
