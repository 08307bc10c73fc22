using Reception.Domain.Appeals;
using Reception.Domain.Applicants;
using Reception.Workflow.Appeals;

namespace Reception.Workflow.Http;

/// <summary>The staff view of one appeal: <c>GET /api/appeals/{appealId}</c> (API.md "Reading").</summary>
public sealed record AppealView(
    string AppealId,
    string TrackingCode,
    AppealStatus Status,
    bool Extended,
    Channel Channel,
    DateTimeOffset ReceivedAt,
    string? RegistrationNumber,
    DateOnly? RegisteredOn,
    AppealDeadlines? Deadlines,
    Applicant Applicant,
    string Subject,
    string RequestedOfficial,
    Language Language,
    bool VideoConference,
    bool NeedsInterpreter,
    IReadOnlyList<HistoryStep> History)
{
    public static AppealView From(AppealRecord appeal)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        AppealSubmission s = appeal.Submission;
        return new AppealView(
            appeal.AppealId,
            appeal.TrackingCode,
            appeal.Status,
            Extended: false,
            appeal.Channel,
            appeal.ReceivedAt,
            appeal.RegistrationNumber,
            appeal.RegisteredOn,
            appeal.Deadlines,
            s.Applicant,
            s.Subject,
            s.RequestedOfficial,
            s.Language,
            s.VideoConference,
            s.NeedsInterpreter,
            appeal.History);
    }
}
