namespace Reception.Domain.Appeals;

/// <summary>The names of an appeal's history steps (<c>history[].step</c> in docs/api.md); see <see cref="AppealLifecycle"/> for what each does.</summary>
public static class StepName
{
    public const string Received = "received";
    public const string Registered = "registered";
    public const string LeftWithoutConsideration = "leftWithoutConsideration";
    public const string Refused = "refused";
    public const string SentForReview = "sentForReview";
    public const string Extended = "extended";
    public const string CentralBodyRequested = "centralBodyRequested";
    public const string CentralBodyParticipates = "centralBodyParticipates";
    public const string CentralBodyRefusalReported = "centralBodyRefusalReported";
    public const string BackToReview = "backToReview";
    public const string Proposed = "proposed";
    public const string Approved = "approved";
    public const string NoFreeSlot = "noFreeSlot";
    public const string Scheduled = "scheduled";
    public const string Rescheduled = "rescheduled";
    public const string SwitchedToVideo = "switchedToVideo";
    public const string ParticipantsInvited = "participantsInvited";
    public const string SecrecyRegime = "secrecyRegime";
    public const string InterpreterRequested = "interpreterRequested";
    public const string InterpreterArranged = "interpreterArranged";
    public const string VideoConnectionSent = "videoConnectionSent";
    public const string VideoConnectionMissing = "videoConnectionMissing";
    public const string NoShow = "noShow";
    public const string ReceptionHeld = "receptionHeld";
    public const string HandedInAppealsRegistered = "handedInAppealsRegistered";
    public const string UnderControl = "underControl";
    public const string ControlStarted = "controlStarted";
    public const string InstructionAnswered = "instructionAnswered";
    public const string Closed = "closed";
    public const string SurveyQueued = "surveyQueued";
    public const string DeadlineMissed = "deadlineMissed";

    /// <summary>The appeal's personal data was erased (retention, or a lawful request); not a rule of the regulation but of law No. 94-V.</summary>
    public const string PersonalDataErased = "personalDataErased";
}
