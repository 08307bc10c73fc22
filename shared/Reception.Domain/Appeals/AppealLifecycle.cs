using static Reception.Domain.Appeals.AppealStatus;

namespace Reception.Domain.Appeals;

/// <summary>
/// The appeal's whole lifecycle in one place: every status (<see cref="AppealStatus"/>) and every
/// step that may move an appeal between them, with the rule of docs/regulation/rules.md it serves. Whatever
/// records a step checks it here first (<see cref="Check"/>), so an appeal can never take a step
/// its status does not allow.
/// </summary>
/// <remarks>
/// <code>
/// received ─R4 registered→ registered ─R4 sentForReview→ underReview ─R5 proposed→ awaitingDecision ─R6 approved, R8 scheduled→ scheduled
///   │  └─R2 leftWithoutConsideration       │  └─R3 refused (a repeat)     │ ↺ R9 extended           │  └─R8 refused (the head)         │ ↺ R7/R14 rescheduled, R17 switchedToVideo
///   └─R2 leftWithoutConsideration          │                              ├─R3 refused              └─R6 noFreeSlot ↺                 │   R24 participantsInvited, R16 secrecyRegime, interpreterRequested, interpreterArranged
///                                          │                              │                                                            │   R17 videoConnectionSent, videoConnectionMissing
///                                          │                              └─R10 centralBodyRequested → centralBodyRequested             ├─R15 noShow → noShow ─R23 surveyQueued
///                                          │                                  R10 centralBodyParticipates ↺, R11 centralBodyRefusalReported ↺, R5 backToReview → underReview
/// scheduled ─R19 receptionHeld→ receptionHeld ─R20 underControl→ underControl ─R20 closed→ closed ─R23 surveyQueued
///                                   │ ↺ R21 handedInAppealsRegistered   ↺ R20 controlStarted, instructionAnswered
///                                   └─R20 closed (no instructions)
/// any open status ↺ deadlineMissed (the rule of the deadline); the survey's result (R23) is the survey list's, not a step
/// </code>
/// </remarks>
public static class AppealLifecycle
{
    /// <summary>Statuses an appeal ends in; each sends the applicant a reasoned message.</summary>
    public static IReadOnlyList<AppealStatus> Final { get; } = [Closed, Refused, LeftWithoutConsideration, NoShow];

    /// <summary>Statuses in which the appeal still waits for someone, and a deadline runs.</summary>
    public static IReadOnlyList<AppealStatus> Open { get; } = [Received, Registered, UnderReview, CentralBodyRequested, AwaitingDecision, Scheduled, ReceptionHeld, UnderControl];

    /// <summary>Every step after intake's <c>received</c> (R1, or R21 for an appeal handed in at a reception).</summary>
    public static IReadOnlyList<Transition> Transitions { get; } =
    [
        new(StepName.Registered, Rule.R4, [Received], Registered),
        new(StepName.LeftWithoutConsideration, Rule.R2, [Received, Registered], LeftWithoutConsideration),
        new(StepName.Refused, Rule.R3, [Registered, UnderReview], Refused),
        new(StepName.SentForReview, Rule.R4, [Registered], UnderReview),
        new(StepName.Extended, Rule.R9, [UnderReview]),
        new(StepName.CentralBodyRequested, Rule.R10, [UnderReview], CentralBodyRequested),
        new(StepName.CentralBodyParticipates, Rule.R10, [CentralBodyRequested]),
        new(StepName.CentralBodyRefusalReported, Rule.R11, [CentralBodyRequested]),
        new(StepName.BackToReview, Rule.R5, [CentralBodyRequested], UnderReview),
        new(StepName.Proposed, Rule.R5, [UnderReview], AwaitingDecision),
        new(StepName.Refused, Rule.R8, [AwaitingDecision], Refused),
        new(StepName.Approved, Rule.R6, [AwaitingDecision]),
        new(StepName.NoFreeSlot, Rule.R6, [AwaitingDecision]),
        new(StepName.Scheduled, Rule.R8, [AwaitingDecision], Scheduled),
        new(StepName.Rescheduled, Rule.R7, [Scheduled]),
        new(StepName.Rescheduled, Rule.R14, [Scheduled]),
        new(StepName.SwitchedToVideo, Rule.R17, [Scheduled]),
        new(StepName.ParticipantsInvited, Rule.R24, [Scheduled]),
        new(StepName.SecrecyRegime, Rule.R16, [Scheduled]),
        new(StepName.InterpreterRequested, Rule.R16, [Scheduled]),
        new(StepName.InterpreterArranged, Rule.R16, [Scheduled]),
        new(StepName.VideoConnectionSent, Rule.R17, [Scheduled]),
        new(StepName.VideoConnectionMissing, Rule.R17, [Scheduled]),
        new(StepName.NoShow, Rule.R15, [Scheduled], NoShow),
        new(StepName.ReceptionHeld, Rule.R19, [Scheduled], ReceptionHeld),
        new(StepName.HandedInAppealsRegistered, Rule.R21, [ReceptionHeld]),
        new(StepName.UnderControl, Rule.R20, [ReceptionHeld], UnderControl),
        new(StepName.ControlStarted, Rule.R20, [UnderControl]),
        new(StepName.InstructionAnswered, Rule.R20, [UnderControl]),
        new(StepName.Closed, Rule.R20, [ReceptionHeld, UnderControl], Closed),
        new(StepName.SurveyQueued, Rule.R23, [NoShow, Closed]),
        new(StepName.DeadlineMissed, null, Open),
        new(StepName.PersonalDataErased, null, Final),
    ];

    /// <summary>The transition that lets an appeal in <paramref name="from"/> take <paramref name="step"/> under <paramref name="rule"/> to <paramref name="to"/>.</summary>
    /// <exception cref="InvalidOperationException">The lifecycle has no such transition: a bug in the caller, never recorded.</exception>
    public static Transition Check(AppealStatus from, string step, string rule, AppealStatus to) =>
        Transitions.FirstOrDefault(t => t.Step == step && t.Allows(from, rule, to))
        ?? throw new InvalidOperationException($"An appeal in status {from} cannot take the step {step} ({rule}) to {to}.");
}
