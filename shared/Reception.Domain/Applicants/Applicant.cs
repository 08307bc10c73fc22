namespace Reception.Domain.Applicants;

/// <summary>A validated applicant: an individual or a legal entity's representative.</summary>
/// <param name="Citizenship">ISO 3166-1 alpha-2 code in upper case, or <c>stateless</c>.</param>
public sealed record Applicant(
    ApplicantType Type,
    string Iin,
    string LastName,
    string FirstName,
    string? MiddleName,
    string? Phone,
    string? Email,
    string Citizenship,
    IReadOnlyList<OutOfTurnCategory> Categories,
    LegalEntity? LegalEntity)
{
    /// <summary>The citizenship value for a stateless person.</summary>
    public const string Stateless = "stateless";

    /// <summary>Foreigners and stateless persons are received under the secrecy regime rules (R16, §10).</summary>
    public bool IsForeignOrStateless => !string.Equals(Citizenship, "KZ", StringComparison.Ordinal);

    /// <summary>Belongs to at least one category received out of turn (R7, §11).</summary>
    public bool IsOutOfTurn => Categories.Count > 0;
}
