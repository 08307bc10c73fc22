using Reception.Domain.Appeals;
using Reception.Domain.Applicants;
using Reception.Workflow.Appeals;

namespace Reception.Workflow.Tests.Fakes;

/// <summary>Appeals as intake stores them, for tests.</summary>
internal static class TestAppeals
{
    public static AppealSubmission Submission(string subject = "Ремонт дороги на улице Абая") => new(
        "CC-1",
        new Applicant(ApplicantType.Individual, "900101400122", "Ахметова", "Айгерим", null, "+77011234567", null, "KZ", [], null),
        subject,
        "akim",
        Language.Kk,
        VideoConference: false,
        NeedsInterpreter: false);

    public static AppealRecord Received(string appealId, DateTimeOffset at, string subject = "Ремонт дороги на улице Абая") => new()
    {
        AppealId = appealId,
        TrackingCode = "TRACK" + appealId[..7].ToUpperInvariant(),
        Channel = Channel.CallCenter,
        ReceivedAt = at,
        Submission = Submission(subject),
        History = [new HistoryStep(at, "received", "R1", "Received through callCenter.")],
    };
}
