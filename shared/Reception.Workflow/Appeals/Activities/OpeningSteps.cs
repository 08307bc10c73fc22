using Reception.Domain.Appeals;
using Reception.Workflow.Appeals;
using Reception.Workflow.Notifications;

namespace Reception.Workflow.Appeals.Activities;

/// <summary>
/// The step that follows registration, one of three: left without consideration (R2), refused as a
/// repeat (R3), or sent to the Department for review (R4). Shared by <see cref="OpenAppeal"/> and
/// the workflow versions before it, which record the same steps one activity at a time.
/// </summary>
internal static class OpeningSteps
{
    public static AppealStep NoSubstance(string appealId, string stepKey) =>
        new(appealId, stepKey, StepName.LeftWithoutConsideration, Rule.R2, "The request does not state the substance of the question.",
            AppealStatus.LeftWithoutConsideration, Notify: NotificationKind.LeftWithoutConsideration);

    public static AppealStep Repeat(string appealId, string stepKey, RepeatCheck repeat) =>
        new(appealId, stepKey, StepName.Refused, Rule.R3, repeat.Reason, AppealStatus.Refused,
            Change: new Refusal(repeat.Reason, repeat.EarlierAppeal), Notify: NotificationKind.Refused);

    public static AppealStep SentForReview(string appealId, string stepKey) =>
        new(appealId, stepKey, StepName.SentForReview, Rule.R4, "Sent to the Department for preliminary review.", AppealStatus.UnderReview, StaffActions.Review);
}
