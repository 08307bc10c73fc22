namespace Reception.Domain.Applicants;

/// <summary>A validated applicant: an individual or a legal entity's representative.</summary>
/// <param name="Citizenship">ISO 3166-1 alpha-2 code in upper case, or <c>stateless</c>.</param>
/// <param name="Iin">The Kazakh IIN; empty for a foreign national or stateless person registered by <see cref="Document"/> (§10).</param>
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

    /// <summary>A foreign national's or stateless person's identity document, when they have no IIN (§10); otherwise null.</summary>
    public IdentityDocument? Document { get; init; }

    /// <summary>For <see cref="ApplicantType.IndividualRepresentative"/>: whom they speak for and the proof of authority (§9).</summary>
    public RepresentedPerson? Represents { get; init; }

    /// <summary>Shows proof of authority at the reception: a legal entity's or an individual's representative (R15).</summary>
    public bool IsRepresentative => LegalEntity is not null || Represents is not null;

    /// <summary>
    /// Who the applicant is for the repeat check (R3): the IIN, or without one the identity
    /// document (type, country and number), so a foreigner's repeats are found like a citizen's.
    /// </summary>
    /// <remarks>
    /// A representative of an individual asks on that person's behalf: keyed by the representative
    /// and the person represented together, so one representative's appeals for different people
    /// are never taken for repeats of each other.
    /// </remarks>
    public string IdentityKey
    {
        get
        {
            string own = Iin.Length > 0 || Document is null
                ? Iin
                : $"document|{Document.Country}|{CamelCaseNames.Of(Document.Type)}|{Document.Number}";
            return Represents is null ? own : $"{own}|represents|{Represents.FullName.Trim().ToUpperInvariant()}";
        }
    }

    /// <summary>Belongs to at least one category received out of turn (R7, §11).</summary>
    public bool IsOutOfTurn => Categories.Count > 0;
}
