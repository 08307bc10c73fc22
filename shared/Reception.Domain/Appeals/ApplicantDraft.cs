namespace Reception.Domain.Appeals;

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
    public IdentityDocumentDraft? Document { get; init; }
    public RepresentedPersonDraft? Represents { get; init; }
}
