using Reception.Domain.Applicants;

namespace Reception.Api.Appeals;

/// <summary>
/// The applicant as a reader of <see cref="AppealView"/> may see them: the fields beyond the
/// reader's <see cref="ApplicantDetail"/> are null (absent from the JSON), never masked copies.
/// </summary>
public sealed record ApplicantView(
    ApplicantType Type,
    string? Iin,
    string LastName,
    string FirstName,
    string? MiddleName,
    string? Phone,
    string? Email,
    string Citizenship,
    IReadOnlyList<OutOfTurnCategory> Categories,
    LegalEntity? LegalEntity)
{
    /// <summary>Without an IIN: the foreign national's or stateless person's identity document (§10).</summary>
    public IdentityDocument? Document { get; init; }

    /// <summary>An individual's representative: whom they speak for and the proof of authority (§9).</summary>
    public RepresentedPerson? Represents { get; init; }

    /// <summary>Null for <see cref="ApplicantDetail.None"/>.</summary>
    public static ApplicantView? Of(Applicant applicant, ApplicantDetail detail)
    {
        ArgumentNullException.ThrowIfNull(applicant);
        if (detail == ApplicantDetail.None)
        {
            return null;
        }

        bool contacts = detail >= ApplicantDetail.Full;
        return new ApplicantView(
            applicant.Type,
            detail >= ApplicantDetail.NameAndIin && applicant.Iin.Length > 0 ? applicant.Iin : null, // none for a person registered by document
            applicant.LastName,
            applicant.FirstName,
            applicant.MiddleName,
            contacts ? applicant.Phone : null,
            contacts ? applicant.Email : null,
            applicant.Citizenship,
            applicant.Categories,
            applicant.LegalEntity)
        {
            // Like the IIN: what identifies the person at the reception (R15).
            Document = detail >= ApplicantDetail.NameAndIin ? applicant.Document : null,
            Represents = detail >= ApplicantDetail.NameAndIin ? applicant.Represents : null,
        };
    }
}
