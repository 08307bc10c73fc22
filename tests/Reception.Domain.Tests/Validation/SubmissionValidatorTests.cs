using Reception.Domain.Appeals;
using Reception.Domain.Applicants;
using Reception.Domain.Validation;

namespace Reception.Domain.Tests.Validation;

public class SubmissionValidatorTests
{
    [Fact]
    public void Validate_ExampleOfApiMd_GivesSubmission()
    {
        SubmissionValidation result = SubmissionValidator.Validate(SubmissionDrafts.Valid(), IntakeRoute.Egov);

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Fields));
        Assert.Equal(Channel.Egov, result.Channel);
        Assert.Equal(Language.Kk, result.Submission!.Language);
        Assert.Equal([OutOfTurnCategory.Disability], result.Submission.Applicant.Categories);
    }

    [Fact]
    public void Validate_ManyProblems_ReportsEveryFieldAtOnce()
    {
        SubmissionDraft draft = SubmissionDrafts.Valid() with
        {
            ExternalId = " ",
            Language = "en",
            Applicant = SubmissionDrafts.Valid().Applicant! with { Iin = "900101400123", Citizenship = "Kazakhstan", Categories = ["vip"] },
        };

        SubmissionValidation result = SubmissionValidator.Validate(draft, IntakeRoute.CallCenter);

        Assert.False(result.IsValid);
        Assert.Equal(
            ["applicant.categories[0]", "applicant.citizenship", "applicant.iin", "externalId", "language"],
            result.Errors.Fields.ToArray());
    }

    [Fact]
    public void R15_RepresentativeWithoutLegalEntity_IsRejected()
    {
        SubmissionDraft draft = SubmissionDrafts.Representative() with
        {
            Applicant = SubmissionDrafts.Representative().Applicant! with { LegalEntity = null },
        };

        SubmissionValidation result = SubmissionValidator.Validate(draft, IntakeRoute.Egov);

        Assert.Contains("applicant.legalEntity", result.Errors.Fields);
    }

    [Fact]
    public void R15_RepresentativeWithoutProofOfAuthority_IsRejected()
    {
        SubmissionDraft draft = SubmissionDrafts.Representative();
        draft = draft with
        {
            Applicant = draft.Applicant! with { LegalEntity = draft.Applicant.LegalEntity! with { AuthorityDocument = "" } },
        };

        SubmissionValidation result = SubmissionValidator.Validate(draft, IntakeRoute.Egov);

        Assert.Equal(["applicant.legalEntity.authorityDocument"], result.Errors.Fields.ToArray());
    }

    [Fact]
    public void R15_RepresentativeWithLegalEntity_IsAccepted()
    {
        SubmissionValidation result = SubmissionValidator.Validate(SubmissionDrafts.Representative(), IntakeRoute.Egov);

        Assert.True(result.IsValid);
        Assert.Equal("940140000385", result.Submission!.Applicant.LegalEntity!.Bin);
    }

    [Fact]
    public void Validate_RepresentativeWithBadBin_NamesTheBinField()
    {
        SubmissionDraft draft = SubmissionDrafts.Representative();
        draft = draft with { Applicant = draft.Applicant! with { LegalEntity = draft.Applicant.LegalEntity! with { Bin = "940140000386" } } };

        Assert.Equal(["applicant.legalEntity.bin"], SubmissionValidator.Validate(draft, IntakeRoute.Egov).Errors.Fields.ToArray());
    }

    [Fact]
    public void Validate_IndividualNamingLegalEntity_IsRejected()
    {
        SubmissionDraft draft = SubmissionDrafts.Valid();
        draft = draft with { Applicant = draft.Applicant! with { LegalEntity = SubmissionDrafts.Representative().Applicant!.LegalEntity } };

        Assert.Equal(["applicant.legalEntity"], SubmissionValidator.Validate(draft, IntakeRoute.Egov).Errors.Fields.ToArray());
    }

    [Theory]
    [InlineData("stateless", "stateless")]
    [InlineData("UZ", "UZ")]
    [InlineData("ru", "RU")]
    public void R16_ForeignersAndStatelessPersons_AreFlagged(string citizenship, string stored)
    {
        SubmissionDraft draft = SubmissionDrafts.Valid();
        draft = draft with { Applicant = draft.Applicant! with { Citizenship = citizenship } };

        Applicant applicant = SubmissionValidator.Validate(draft, IntakeRoute.Egov).Submission!.Applicant;

        Assert.Equal(stored, applicant.Citizenship);
        Assert.True(applicant.IsForeignOrStateless);
    }

    [Fact]
    public void R16_CitizenOfKazakhstan_IsNotFlagged() =>
        Assert.False(SubmissionValidator.Validate(SubmissionDrafts.Valid(), IntakeRoute.Egov).Submission!.Applicant.IsForeignOrStateless);

    [Theory]
    [InlineData("kk", Language.Kk)]
    [InlineData("ru", Language.Ru)]
    public void R18_KazakhAndRussian_AreTheLanguages(string language, Language expected) =>
        Assert.Equal(expected, SubmissionValidator.Validate(SubmissionDrafts.Valid() with { Language = language }, IntakeRoute.Egov).Submission!.Language);

    [Theory]
    [InlineData("en")]
    [InlineData("KK")]
    [InlineData(null)]
    public void R18_OtherLanguages_AreRejected(string? language) =>
        Assert.Equal(["language"], SubmissionValidator.Validate(SubmissionDrafts.Valid() with { Language = language }, IntakeRoute.Egov).Errors.Fields.ToArray());

    [Fact]
    public void R7_EveryOutOfTurnCategoryOfTheRegulation_IsAccepted()
    {
        string[] all = ["wwiiVeteran", "wwiiEquatedVeteran", "combatVeteran", "disability", "pregnant", "altynKyran", "halykKaharmany", "enbekEri"];
        SubmissionDraft draft = SubmissionDrafts.Valid();
        draft = draft with { Applicant = draft.Applicant! with { Categories = all } };

        Applicant applicant = SubmissionValidator.Validate(draft, IntakeRoute.Egov).Submission!.Applicant;

        Assert.Equal(8, applicant.Categories.Count);
        Assert.True(applicant.IsOutOfTurn);
    }

    [Fact]
    public void R1_OfficeIntake_RecordsTheChannelItNames()
    {
        SubmissionValidation result = SubmissionValidator.Validate(SubmissionDrafts.Valid() with { Channel = "courier" }, IntakeRoute.Office);

        Assert.Equal(Channel.Courier, result.Channel);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("egov")]
    [InlineData("fax")]
    public void R1_OfficeIntake_WithoutAnOfficeChannel_IsRejected(string? channel) =>
        Assert.Equal(["channel"], SubmissionValidator.Validate(SubmissionDrafts.Valid() with { Channel = channel }, IntakeRoute.Office).Errors.Fields.ToArray());

    [Fact]
    public void R2_BlankSubject_IsNotAValidationError()
    {
        // The regulation accepts such a request and leaves it without consideration (R2).
        Assert.True(SubmissionValidator.Validate(SubmissionDrafts.Valid() with { Subject = "   " }, IntakeRoute.Egov).IsValid);
        Assert.True(SubmissionValidator.Validate(SubmissionDrafts.Valid() with { Subject = null }, IntakeRoute.Egov).IsValid);
    }

    [Fact]
    public void Validate_MissingApplicant_IsOneError() =>
        Assert.Equal(["applicant"], SubmissionValidator.Validate(SubmissionDrafts.Valid() with { Applicant = null }, IntakeRoute.Egov).Errors.Fields.ToArray());

    [Fact]
    public void R16_InterpreterLanguageNamed_ImpliesAnInterpreterIsNeeded()
    {
        AppealSubmission submission = SubmissionValidator.Validate(SubmissionDrafts.Valid() with { InterpreterLanguage = " English " }, IntakeRoute.Egov).Submission!;

        Assert.True(submission.NeedsInterpreter);
        Assert.Equal("English", submission.InterpreterLanguage);
    }

    [Fact]
    public void R16_InterpreterLanguageTooLong_IsRefused() =>
        Assert.Equal(["interpreterLanguage"], SubmissionValidator.Validate(SubmissionDrafts.Valid() with { InterpreterLanguage = new string('x', 61) }, IntakeRoute.Egov).Errors.Fields.ToArray());
}
