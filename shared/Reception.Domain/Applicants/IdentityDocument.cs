namespace Reception.Domain.Applicants;

/// <summary>The kinds of identity document a person without a Kazakh IIN is registered by (§10).</summary>
public enum IdentityDocumentType
{
    Passport,
    ResidencePermit,
    StatelessPersonCertificate,
}

/// <summary>
/// A foreign national's or a stateless person's identity document (§10): the applicant's identity
/// when they have no IIN, checked at the reception (R15) and keyed for the repeat check (R3).
/// </summary>
/// <param name="Number">Upper-case letters and digits, as printed.</param>
/// <param name="Country">The issuing country, ISO 3166-1 alpha-2.</param>
public sealed record IdentityDocument(IdentityDocumentType Type, string Number, string Country);
