using Reception.Domain.Appeals;
using Reception.Domain.Time;
using Reception.Workflow.Appeals;
using Reception.Workflow.Telemetry;

namespace Reception.Workflow.Appeals.Activities;

/// <summary>What one recorded step adds to the metrics: the step itself, a deadline kept or missed, the time to an answer.</summary>
public static class StepMetrics
{
    /// <summary>Registration (R4): time from receipt, and whether the registration date kept its term.</summary>
    public static void Registered(AppealRecord appeal, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        ReceptionTelemetry.Steps.Add(1, Tags(StepName.Registered, Rule.R4, appeal.Status));
        ReceptionTelemetry.TimeToRegistration.Record((now - appeal.ReceivedAt).TotalHours, new KeyValuePair<string, object?>(ReceptionTelemetry.ChannelTag, Domain.CamelCaseNames.Of(appeal.Channel)));
        if (appeal.RegisteredOn is { } on && appeal.Deadlines?.RegistrationDue is { } due)
        {
            Deadline(Rule.R4, met: on <= due);
        }
    }

    /// <summary>A step the workflow recorded just now (not a replay of one recorded before).</summary>
    public static void Recorded(AppealStep step, AppealRecord appeal, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(appeal);
        ReceptionTelemetry.Steps.Add(1, Tags(step.Step, step.Rule, appeal.Status));
        if (step.Step == StepName.DeadlineMissed)
        {
            Deadline(step.Rule, met: false);
        }
        else if (IsTheAnswer(step) && appeal.RegisteredOn is { } registered && appeal.Deadlines?.AnswerDue is { } due)
        {
            // R8: the applicant is told a date and time, or a reasoned refusal, by the answer date.
            DateOnly today = AlmatyTime.DateOf(now);
            Deadline(Rule.R8, met: today <= due);
            ReceptionTelemetry.TimeToAnswer.Record(today.DayNumber - registered.DayNumber);
        }
    }

    private static bool IsTheAnswer(AppealStep step) =>
        (step.Step == StepName.Scheduled && step.Rule == Rule.R8) || (step.Step == StepName.Refused && step.Rule is Rule.R3 or Rule.R8);

    private static void Deadline(string rule, bool met) => ReceptionTelemetry.Deadlines.Add(1,
        new KeyValuePair<string, object?>(ReceptionTelemetry.RuleTag, rule),
        new KeyValuePair<string, object?>(ReceptionTelemetry.OutcomeTag, met ? "met" : "missed"));

    private static KeyValuePair<string, object?>[] Tags(string step, string rule, AppealStatus status) =>
    [
        new(ReceptionTelemetry.StepTag, step),
        new(ReceptionTelemetry.RuleTag, rule),
        new(ReceptionTelemetry.StatusTag, Domain.CamelCaseNames.Of(status)),
    ];
}
