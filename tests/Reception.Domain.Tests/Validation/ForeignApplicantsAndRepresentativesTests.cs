using Reception.Domain.Appeals;
using Reception.Domain.Applicants;
using Reception.Domain.Validation;

namespace Reception.Domain.Tests.Validation;

/// <summary>§10: foreign nationals and stateless persons without an IIN; §9: representatives of individuals.</summary>
public class ForeignApplicantsAndRepresentativesTests
{
    private static readonly IdentityDocumentDraft Passport = new() { Type = "passport", Number = "fa1234567", Country = "uz" };

    [Fact]
    public void Section10_AForeignerWithoutAnIin_IsRegisteredByTheirPassport()
    {
        SubmissionValidation result = SubmissionValidator.Validate(Foreigner("UZ", Passport), IntakeRoute.CallCenter);

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Fields));
        Applicant applicant = result.Submission!.Applicant;
        Assert.Equal(string.Empty, applicant.Iin);
        Assert.Equal(new IdentityDocument(IdentityDocumentType.Passport, "FA1234567", "UZ"), applicant.Document);
        Assert.Equal("document|UZ|passport|FA1234567", applicant.IdentityKey); // R3 finds their repeats like a citizen's
        Assert.True(applicant.IsForeignOrStateless);
    }

    [Fact]
    public void Section10_AStatelessPersonWithTheirCertificate_IsRegistered() =>
        Assert.True(SubmissionValidator.Validate(
            Foreigner("stateless", new IdentityDocumentDraft { Type = "statelessPersonCertificate", Number = "0012345", Country = "KZ" }), IntakeRoute.CallCenter).IsValid);

    [Fact]
    public void ACitizenOfKazakhstan_StillNeedsAnIin() =>
        Assert.Contains("applicant.document", SubmissionValidator.Validate(Foreigner("KZ", Passport), IntakeRoute.CallCenter).Errors.Fields);

    [Fact]
    public void AForeignerWithNeitherIinNorDocument_IsToldWhatToSend() =>
        Assert.Contains("applicant.iin", SubmissionValidator.Validate(Foreigner("UZ", null), IntakeRoute.CallCenter).Errors.Fields);

    [Theory]
    [InlineData("visa", "FA1234567", "UZ", "applicant.document.type")]
    [InlineData("passport", "FA-12", "UZ", "applicant.document.number")]
    [InlineData("passport", "FA1234567", "Uzbekistan", "applicant.document.country")]
    public void AMalformedDocument_NamesTheField(string type, string number, string country, string field) =>
        Assert.Contains(field, SubmissionValidator.Validate(
            Foreigner("UZ", new IdentityDocumentDraft { Type = type, Number = number, Country = country }), IntakeRoute.CallCenter).Errors.Fields);

    [Fact]
    public void BothAnIinAndADocument_AreOneTooMany()
    {
        SubmissionDraft draft = SubmissionDrafts.Valid();
        draft = draft with { Applicant = draft.Applicant! with { Citizenship = "UZ", Document = Passport } };

        Assert.Contains("applicant.document", SubmissionValidator.Validate(draft, IntakeRoute.CallCenter).Errors.Fields);
    }

    [Fact]
    public void Section9_AnIndividualsRepresentative_NamesWhomTheySpeakForAndTheirPowerOfAttorney()
    {
        SubmissionDraft draft = SubmissionDrafts.Valid();
        draft = draft with
        {
            Applicant = draft.Applicant! with
            {
                Type = "individualRepresentative",
                Represents = new RepresentedPersonDraft { FullName = "Сейтов Марат", AuthorityDocument = "Доверенность № 45 от 01.12.2026" },
            },
        };

        SubmissionValidation result = SubmissionValidator.Validate(draft, IntakeRoute.CallCenter);

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Fields));
        Assert.Equal(new RepresentedPerson("Сейтов Марат", "Доверенность № 45 от 01.12.2026"), result.Submission!.Applicant.Represents);
        Assert.True(result.Submission.Applicant.IsRepresentative);

        // R3: one representative's appeals for different people are not repeats of each other.
        Applicant forAnother = result.Submission.Applicant with { Represents = new RepresentedPerson("Ахметова Айгерим", "Доверенность № 46") };
        Assert.NotEqual(result.Submission.Applicant.IdentityKey, forAnother.IdentityKey);
        Assert.NotEqual(result.Submission.Applicant.Iin, result.Submission.Applicant.IdentityKey);
    }

    [Fact]
    public void R15_AnIndividualsRepresentativeWithoutProofOfAuthority_IsRefused()
    {
        SubmissionDraft draft = SubmissionDrafts.Valid();
        draft = draft with
        {
            Applicant = draft.Applicant! with { Type = "individualRepresentative", Represents = new RepresentedPersonDraft { FullName = "Сейтов Марат" } },
        };

        Assert.Equal(["applicant.represents.authorityDocument"], SubmissionValidator.Validate(draft, IntakeRoute.CallCenter).Errors.Fields.ToArray());
    }

    private static SubmissionDraft Foreigner(string citizenship, IdentityDocumentDraft? document)
    {
        SubmissionDraft draft = SubmissionDrafts.Valid();
        return draft with { Applicant = draft.Applicant! with { Iin = null, Citizenship = citizenship, Document = document } };
    }
}
