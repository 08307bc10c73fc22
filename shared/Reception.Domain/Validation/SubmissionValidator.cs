using System.Text.RegularExpressions;
using Reception.Domain.Appeals;
using Reception.Domain.Applicants;

namespace Reception.Domain.Validation;

/// <summary>
/// Turns a <see cref="SubmissionDraft"/> into an <see cref="AppealSubmission"/>, or reports every
/// problem at once with its field path.
/// </summary>
/// <remarks>
/// A blank subject is deliberately not an error here: the regulation accepts such a request and
/// leaves it without consideration with a reasoned answer (R2), so it must reach the workflow.
/// </remarks>
public static partial class SubmissionValidator
{
    private const int MaxNameLength = 200;
    private const int MaxEmailLength = 254;
    private const int MaxIdLength = 100;
    private const int MaxSubjectLength = 20_000;
    private const int MaxLanguageNameLength = 60;

    /// <summary>Validates a draft that came through <paramref name="route"/>.</summary>
    /// <param name="route">The intake route: it fixes the channel, except for the office, where the body names it.</param>
    public static SubmissionValidation Validate(SubmissionDraft? draft, IntakeRoute route)
    {
        var errors = new ValidationErrors();
        if (draft is null)
        {
            errors.Add("$", "A JSON object with the appeal is required.");
            return new SubmissionValidation(null, null, errors);
        }

        string? externalId = RequiredText(errors, "externalId", draft.ExternalId, MaxIdLength);
        Channel? channel = ValidateChannel(errors, draft.Channel, route);
        Applicant? applicant = ValidateApplicant(errors, draft.Applicant);
        string? official = RequiredText(errors, "requestedOfficial", draft.RequestedOfficial, MaxIdLength);
        Language? language = RequiredEnum<Language>(errors, "language", draft.Language);
        string? interpreterLanguage = OptionalText(errors, "interpreterLanguage", draft.InterpreterLanguage, MaxLanguageNameLength);
        if (draft.Subject is { Length: > MaxSubjectLength })
        {
            errors.Add("subject", $"The subject is longer than {MaxSubjectLength} characters.");
        }

        if (!errors.IsEmpty)
        {
            return new SubmissionValidation(null, null, errors);
        }

        var submission = new AppealSubmission(
            externalId!,
            applicant!,
            draft.Subject ?? string.Empty,
            official!,
            language!.Value,
            draft.VideoConference ?? false,
            (draft.NeedsInterpreter ?? false) || interpreterLanguage is not null)
        {
            InterpreterLanguage = interpreterLanguage,
        };
        return new SubmissionValidation(submission, channel, errors);
    }

    private static Channel? ValidateChannel(ValidationErrors errors, string? channel, IntakeRoute route)
    {
        switch (route)
        {
            case IntakeRoute.Egov:
                return channel is null ? Channel.Egov : Reject(errors, "channel", "Only office intake names a channel.");
            case IntakeRoute.CallCenter:
                return channel is null ? Channel.CallCenter : Reject(errors, "channel", "Only office intake names a channel.");
            default:
                if (channel is null)
                {
                    return Reject(errors, "channel", "Required for office intake: one of paper, courier, oral.");
                }

                return CamelCaseNames.TryParse(channel, out Channel parsed) && parsed is Channel.Paper or Channel.Courier or Channel.Oral
                    ? parsed
                    : Reject(errors, "channel", $"'{channel}' is not an office channel: one of paper, courier, oral.");
        }
    }

    private static Applicant? ValidateApplicant(ValidationErrors errors, ApplicantDraft? draft)
    {
        if (draft is null)
        {
            errors.Add("applicant", "The applicant is required.");
            return null;
        }

        ApplicantType? type = RequiredEnum<ApplicantType>(errors, "applicant.type", draft.Type);
        string? citizenship = ValidateCitizenship(errors, draft.Citizenship);

        // §10: a citizen has an IIN; a foreign national or stateless person may instead be
        // registered by their identity document. An IIN that is given is always checked.
        bool foreign = citizenship is not null && !string.Equals(citizenship, "KZ", StringComparison.Ordinal);
        IdentityDocument? document = null;
        if (draft.Iin is not null)
        {
            if (Iin.Problem(draft.Iin) is { } iinProblem)
            {
                errors.Add("applicant.iin", iinProblem);
            }

            if (draft.Document is not null)
            {
                errors.Add("applicant.document", "Send either the IIN or, without one, the identity document.");
            }
        }
        else if (draft.Document is not null && (foreign || citizenship is null))
        {
            document = ValidateDocument(errors, draft.Document);
        }
        else
        {
            errors.Add(draft.Document is null ? "applicant.iin" : "applicant.document", foreign || citizenship is null
                ? "The IIN is required, or for a foreign national or stateless person without one the identity document (type, number, country; §10)."
                : "The IIN is required for a citizen of Kazakhstan.");
        }

        string? lastName = RequiredText(errors, "applicant.lastName", draft.LastName, MaxNameLength);
        string? firstName = RequiredText(errors, "applicant.firstName", draft.FirstName, MaxNameLength);
        string? middleName = OptionalText(errors, "applicant.middleName", draft.MiddleName, MaxNameLength);
        if (draft.Phone is not null && !PhonePattern().IsMatch(draft.Phone))
        {
            errors.Add("applicant.phone", "A phone number is '+' and 10 to 15 digits, e.g. +77011234567.");
        }

        // The length first: no pattern ever runs over an unbounded string (RFC 5321 caps an address at 254).
        if (draft.Email is { Length: > MaxEmailLength })
        {
            errors.Add("applicant.email", $"Longer than {MaxEmailLength} characters.");
        }
        else if (draft.Email is not null && !EmailPattern().IsMatch(draft.Email))
        {
            errors.Add("applicant.email", "Not an e-mail address.");
        }

        List<OutOfTurnCategory> categories = ValidateCategories(errors, draft.Categories);
        LegalEntity? legalEntity = ValidateLegalEntity(errors, type, draft.LegalEntity);
        RepresentedPerson? represents = ValidateRepresented(errors, type, draft.Represents);

        return errors.IsEmpty
            ? new Applicant(type!.Value, draft.Iin ?? string.Empty, lastName!, firstName!, middleName, draft.Phone, draft.Email,
                citizenship!, categories, legalEntity) { Document = document, Represents = represents }
            : null;
    }

    private static IdentityDocument? ValidateDocument(ValidationErrors errors, IdentityDocumentDraft draft)
    {
        IdentityDocumentType? type = RequiredEnum<IdentityDocumentType>(errors, "applicant.document.type", draft.Type);
        string? number = draft.Number?.Trim().ToUpperInvariant();
        if (number is null || number.Length is < 5 or > 20 || !number.All(c => char.IsAsciiLetterOrDigit(c)))
        {
            errors.Add("applicant.document.number", "Required: the document's number as printed, 5 to 20 letters and digits.");
            number = null;
        }

        string? country = draft.Country?.Trim();
        if (country is null || !CountryPattern().IsMatch(country))
        {
            errors.Add("applicant.document.country", "Required: the issuing country, an ISO 3166-1 alpha-2 code (e.g. UZ).");
            country = null;
        }

        return type is not null && number is not null && country is not null
            ? new IdentityDocument(type.Value, number, country.ToUpperInvariant())
            : null;
    }

    // §9: a representative of an individual names whom they speak for and the proof of authority.
    private static RepresentedPerson? ValidateRepresented(ValidationErrors errors, ApplicantType? type, RepresentedPersonDraft? draft)
    {
        if (type != ApplicantType.IndividualRepresentative)
        {
            if (draft is not null)
            {
                errors.Add("applicant.represents", "Only an individual's representative names the person represented.");
            }

            return null;
        }

        if (draft is null)
        {
            errors.Add("applicant.represents", "An individual's representative names the person represented: fullName and authorityDocument (§9).");
            return null;
        }

        string? fullName = RequiredText(errors, "applicant.represents.fullName", draft.FullName, MaxNameLength);
        string? authority = RequiredText(errors, "applicant.represents.authorityDocument", draft.AuthorityDocument, MaxNameLength,
            "A representative must show proof of authority, e.g. a power of attorney (R15, §9).");
        return fullName is not null && authority is not null ? new RepresentedPerson(fullName, authority) : null;
    }

    private static string? ValidateCitizenship(ValidationErrors errors, string? citizenship)
    {
        if (citizenship is null)
        {
            errors.Add("applicant.citizenship", "Required: an ISO 3166-1 alpha-2 code (e.g. KZ) or 'stateless'.");
            return null;
        }

        if (string.Equals(citizenship, Applicant.Stateless, StringComparison.OrdinalIgnoreCase))
        {
            return Applicant.Stateless;
        }

        if (!CountryPattern().IsMatch(citizenship))
        {
            errors.Add("applicant.citizenship", $"'{citizenship}' is not an ISO 3166-1 alpha-2 code or 'stateless'.");
            return null;
        }

        return citizenship.ToUpperInvariant();
    }

    private static List<OutOfTurnCategory> ValidateCategories(ValidationErrors errors, IReadOnlyList<string>? categories)
    {
        var parsed = new List<OutOfTurnCategory>();
        // Each category at most once: more items than categories cannot be right, and are not read.
        int count = Fields.WithinCount(errors, "applicant.categories", categories?.Count, Enum.GetValues<OutOfTurnCategory>().Length) ? categories?.Count ?? 0 : 0;
        for (int i = 0; i < count; i++)
        {
            if (CamelCaseNames.TryParse(categories![i], out OutOfTurnCategory category))
            {
                if (!parsed.Contains(category))
                {
                    parsed.Add(category);
                }
            }
            else
            {
                errors.Add($"applicant.categories[{i}]",
                    $"'{categories[i]}' is not an out-of-turn category: one of {CamelCaseNames.List<OutOfTurnCategory>()}.");
            }
        }

        return parsed;
    }

    private static LegalEntity? ValidateLegalEntity(ValidationErrors errors, ApplicantType? type, LegalEntityDraft? draft)
    {
        if (type is ApplicantType.Individual or ApplicantType.IndividualRepresentative)
        {
            if (draft is not null)
            {
                errors.Add("applicant.legalEntity", "Only a legal entity's representative names a legal entity.");
            }

            return null;
        }

        if (type != ApplicantType.LegalEntityRepresentative)
        {
            return null;
        }

        if (draft is null)
        {
            errors.Add("applicant.legalEntity", "A representative must name the legal entity: bin, name and authorityDocument (§9).");
            return null;
        }

        string? binProblem = draft.Bin is null ? "The BIN is required." : Bin.Problem(draft.Bin);
        if (binProblem is not null)
        {
            errors.Add("applicant.legalEntity.bin", binProblem);
        }

        string? name = RequiredText(errors, "applicant.legalEntity.name", draft.Name, MaxNameLength);
        string? authority = RequiredText(errors, "applicant.legalEntity.authorityDocument", draft.AuthorityDocument, MaxNameLength,
            "A representative must show proof of authority (R15, §9).");
        return binProblem is null && name is not null && authority is not null
            ? new LegalEntity(draft.Bin!, name, authority)
            : null;
    }

    private static string? RequiredText(ValidationErrors errors, string field, string? value, int maxLength, string? whyRequired = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, whyRequired ?? "Required and must not be blank.");
            return null;
        }

        return OptionalText(errors, field, value, maxLength);
    }

    private static string? OptionalText(ValidationErrors errors, string field, string? value, int maxLength)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Length > maxLength)
        {
            errors.Add(field, $"Longer than {maxLength} characters.");
            return null;
        }

        if (value.Any(char.IsControl))
        {
            errors.Add(field, "Must not contain control characters.");
            return null;
        }

        return value.Trim();
    }

    private static TEnum? RequiredEnum<TEnum>(ValidationErrors errors, string field, string? value)
        where TEnum : struct, Enum
    {
        if (CamelCaseNames.TryParse(value, out TEnum parsed))
        {
            return parsed;
        }

        errors.Add(field, value is null
            ? $"Required: one of {CamelCaseNames.List<TEnum>()}."
            : $"'{value}' is not one of {CamelCaseNames.List<TEnum>()}.");
        return null;
    }

    private static Channel? Reject(ValidationErrors errors, string field, string message)
    {
        errors.Add(field, message);
        return null;
    }

    [GeneratedRegex(@"^\+[0-9]{10,15}$")]
    private static partial Regex PhonePattern();

    // Non-backtracking: linear in its input whatever the input is.
    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.NonBacktracking)]
    private static partial Regex EmailPattern();

    [GeneratedRegex("^[A-Za-z]{2}$")]
    private static partial Regex CountryPattern();
}
