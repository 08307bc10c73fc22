using Reception.Api.Appeals;
using Reception.Api.Auth;
using Reception.Domain.Appeals;
using Reception.Domain.Applicants;
using Reception.Domain.Schedule;
using Reception.Workflow.Appeals;
using Reception.Workflow.Tests.Fakes;

namespace Reception.Workflow.Tests.Auth;

/// <summary>README "Who sees what": the applicant's fields each reader gets.</summary>
public class ApplicantDetailsTests
{
    private static readonly AppealRecord AkimsAppeal = WithEmailAndSlot(TestAppeals.Received("0123456789abcdef0123456789abcdef", DateTimeOffset.UnixEpoch));

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

    private static AppealRecord WithEmailAndSlot(AppealRecord appeal) => appeal with
    {
        Submission = appeal.Submission with { Applicant = appeal.Submission.Applicant with { Email = "a@example.kz" } },
        Progress = new AppealProgress { Slot = new BookedSlot("akim", new DateOnly(2027, 2, 10), new TimeOnly(10, 0), ReceptionMode.InPerson) },
    };
}
