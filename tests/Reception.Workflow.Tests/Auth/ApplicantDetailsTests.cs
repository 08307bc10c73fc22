using Reception.Api.Appeals;
using Reception.Api.Auth;
using Reception.Domain.Appeals;
using Reception.Domain.Applicants;
using Reception.Domain.Schedule;
using Reception.Workflow.Appeals;

namespace Reception.Workflow.Tests.Auth;

/// <summary>README "Who sees what": the applicant's fields each reader gets.</summary>
public class ApplicantDetailsTests
{
    private static readonly AppealRecord AkimsAppeal = new()
    {
        AppealId = "0123456789abcdef0123456789abcdef",
        TrackingCode = "ABCDEFGHJKMN",
        Channel = Channel.CallCenter,
        ReceivedAt = DateTimeOffset.UnixEpoch,
        Submission = new AppealSubmission(
            "CC-1",
            new Applicant(ApplicantType.Individual, "900101400122", "Ахметова", "Айгерим", null, "+77011234567", "a@example.kz", "KZ", [], null),
            "Ремонт дороги", "akim", Language.Kk, VideoConference: false, NeedsInterpreter: false),
        Progress = new AppealProgress { Slot = new BookedSlot("akim", new DateOnly(2027, 2, 10), new TimeOnly(10, 0), ReceptionMode.InPerson) },
    };

    [Theory]
    [InlineData(new[] { "office" }, null, ApplicantDetail.Full)]
    [InlineData(new[] { "department" }, null, ApplicantDetail.Full)]
    [InlineData(new[] { "official" }, "akim", ApplicantDetail.NameAndIin)]
    [InlineData(new[] { "head" }, null, ApplicantDetail.Name)]
    [InlineData(new[] { "reports" }, null, ApplicantDetail.None)]
    [InlineData(new[] { "operator" }, null, ApplicantDetail.None)]
    // An official who is also the head reads another official's applicant as the head does.
    [InlineData(new[] { "official", "head" }, "deputy1", ApplicantDetail.Name)]
    [InlineData(new[] { "official", "head" }, "akim", ApplicantDetail.NameAndIin)]
    public void EachReaderGetsWhatTheirWorkNeeds(string[] roles, string? officialId, ApplicantDetail expected) =>
        Assert.Equal(expected, ApplicantDetails.For(new Caller("p1", "Person", roles, officialId, Caller.Development), AkimsAppeal));

    [Fact]
    public void FieldsBeyondTheDetail_AreAbsentNotMasked()
    {
        Applicant applicant = AkimsAppeal.Submission.Applicant;

        ApplicantView official = ApplicantView.Of(applicant, ApplicantDetail.NameAndIin)!;
        ApplicantView head = ApplicantView.Of(applicant, ApplicantDetail.Name)!;

        Assert.Equal(("900101400122", null, null), (official.Iin, official.Phone, official.Email));
        Assert.Equal(("Ахметова", null, null, null), (head.LastName, head.Iin, head.Phone, head.Email));
        Assert.Null(ApplicantView.Of(applicant, ApplicantDetail.None));
        Assert.Equal(("+77011234567", "a@example.kz"), (ApplicantView.Of(applicant, ApplicantDetail.Full)!.Phone, ApplicantView.Of(applicant, ApplicantDetail.Full)!.Email));
    }
}
