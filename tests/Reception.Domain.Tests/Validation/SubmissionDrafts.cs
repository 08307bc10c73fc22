using Reception.Domain.Appeals;

namespace Reception.Domain.Tests.Validation;

/// <summary>A valid draft as docs/api.md shows it, for tests to change one field at a time.</summary>
internal static class SubmissionDrafts
{
    public static SubmissionDraft Valid() => new()
    {
        ExternalId = "EGOV-2026-000123",
        Applicant = new ApplicantDraft
        {
            Type = "individual",
            Iin = "900101400122",
            LastName = "Ахметова",
            FirstName = "Айгерим",
            MiddleName = "Серіккызы",
            Phone = "+77011234567",
            Email = "a@example.kz",
            Citizenship = "KZ",
            Categories = ["disability"],
        },
        Subject = "Ремонт дороги на улице Абая",
        RequestedOfficial = "akim",
        Language = "kk",
        VideoConference = false,
        NeedsInterpreter = false,
    };

    public static SubmissionDraft Representative() => Valid() with
    {
        Applicant = Valid().Applicant! with
        {
            Type = "legalEntityRepresentative",
            Categories = [],
            LegalEntity = new LegalEntityDraft { Bin = "940140000385", Name = "ТОО Береке", AuthorityDocument = "Доверенность №12" },
        },
    };
}
