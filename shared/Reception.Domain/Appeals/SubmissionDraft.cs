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

    /// <summary>Office intake only: paper, courier or oral (R1).</summary>
    public string? Channel { get; init; }
}

/// <summary>The applicant part of a <see cref="SubmissionDraft"/>.</summary>
public sealed record ApplicantDraft
{
    public string? Type { get; init; }
    public string? Iin { get; init; }
    public string? LastName { get; init; }
    public string? FirstName { get; init; }
    public string? MiddleName { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public string? Citizenship { get; init; }
    public IReadOnlyList<string>? Categories { get; init; }
    public LegalEntityDraft? LegalEntity { get; init; }
}

/// <summary>The legal entity a representative speaks for (§9).</summary>
public sealed record LegalEntityDraft
{
    public string? Bin { get; init; }
    public string? Name { get; init; }
    public string? AuthorityDocument { get; init; }
}
