namespace Reception.Domain.Applicants;

/// <summary>An individual, or a representative (of a legal entity, or of another individual) who must show proof of authority (§9, R15).</summary>
public enum ApplicantType
{
    Individual,
    LegalEntityRepresentative,
    IndividualRepresentative,
}
