using Reception.Domain.Appeals;
using Reception.Domain.Applicants;
using Reception.Workflow.Appeals;

namespace Reception.Api.Appeals;

/// <summary>
/// The staff view of one appeal: <c>GET /api/appeals/{appealId}</c> (docs/api.md "Reading"), with as
/// much of the applicant as the reader's <see cref="ApplicantDetail"/> allows.
/// </summary>
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
    ApplicantView? Applicant,
    string Subject,
    string RequestedOfficial,
    Language Language,
    bool VideoConference,
    bool NeedsInterpreter,
    BookedSlot? Slot,
    Proposal? Proposal,
    IReadOnlyList<Instruction> Instructions,
    IReadOnlyList<NotificationRecord> Notifications,
    bool FromPersonalReception,
    string? ParentAppealId,
    string? Reason,
    string? EarlierAppeal,
    string? Awaiting,
    string? AwaitingStep,
    IReadOnlyList<HistoryStep> History)
{
    /// <summary>The actions the reader's roles may take on the appeal now (<see cref="AppealActions"/>).</summary>
    public IReadOnlyList<string> Actions { get; init; } = [];

    /// <summary>The language the applicant needs an interpreter into, when named (R16).</summary>
    public string? InterpreterLanguage { get; init; }

    /// <summary>The interpreter requested and, once arranged, named (R16).</summary>
    public InterpreterArrangement? Interpreter { get; init; }

    /// <summary>At the akim's reception: the bodies that took part, as the protocol records (R24).</summary>
    public IReadOnlyList<string> Attendance { get; init; } = [];

    /// <summary>What the official answered at the reception (§33), as the protocol records it.</summary>
    public string? ReceptionAnswer { get; init; }

    /// <summary>When the appeal reached its final status: its personal data's retention term runs from then.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>When its personal data was erased (retention or a lawful request); the applicant and subject are empty since.</summary>
    public DateTimeOffset? PersonalDataErasedAt { get; init; }

    public static AppealView From(AppealRecord appeal, ApplicantDetail detail)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        AppealSubmission s = appeal.Submission;
        return new AppealView(
            appeal.AppealId,
            appeal.TrackingCode,
            appeal.Status,
            appeal.Progress.Extended,
            appeal.Channel,
            appeal.ReceivedAt,
            appeal.RegistrationNumber,
            appeal.RegisteredOn,
            appeal.Deadlines,
            ApplicantView.Of(s.Applicant, detail),
            s.Subject,
            s.RequestedOfficial,
            s.Language,
            s.VideoConference,
            s.NeedsInterpreter,
            appeal.Progress.Slot,
            appeal.Progress.Proposal,
            appeal.Progress.Instructions,
            appeal.Progress.Notifications,
            appeal.Progress.FromPersonalReception,
            appeal.Progress.ParentAppealId,
            appeal.Progress.Reason,
            appeal.Progress.EarlierAppeal,
            appeal.Progress.Awaiting,
            appeal.Progress.AwaitingStep,
            appeal.History)
        {
            InterpreterLanguage = s.InterpreterLanguage,
            Interpreter = appeal.Progress.Interpreter,
            Attendance = appeal.Progress.Attendance,
            ReceptionAnswer = appeal.Progress.ReceptionAnswer,
            ClosedAt = appeal.ClosedAt,
            PersonalDataErasedAt = appeal.PersonalDataErasedAt,
        };
    }
}
