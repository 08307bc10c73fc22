using Reception.Domain.Repeats;
using Reception.Domain.Appeals;
using Reception.Domain.Time;
using Reception.Workflow.Appeals;
using Reception.Workflow.Reports;
using Reception.Workflow.Worklists;

namespace Reception.Workflow.Appeals.Activities;

/// <summary>
/// What follows from a recorded step outside the appeal: the survey list (R23), the index of who
/// was received or answered on which question (R3), and the report counters (R25). Each is
/// idempotent by the appeal and the step, so a step recorded again changes none of them twice.
/// </summary>
public sealed class StepFollowUps(ISurveyStore surveys, IWorklistIndex worklists, IApplicantIndex applicants, IReportCounters counters, TimeProvider clock)
{
    public async Task RunAsync(AppealStep step, AppealRecord appeal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(appeal);
        DateTimeOffset now = clock.GetUtcNow();
        if (step.Change?.QueuesForSurvey == true)
        {
            await surveys.QueueAsync(appeal.AppealId, now, cancellationToken);
            await worklists.ListSurveyAsync(WorklistEntries.Survey(appeal, AlmatyTime.DateOf(now)), cancellationToken);
        }

        await RecordOutcomeForRepeatsAsync(appeal, cancellationToken);
        Dictionary<string, long> counted = ReportCounting.ForStep(step, appeal);
        if (counted.Count > 0)
        {
            await counters.AddAsync(AlmatyTime.DateOf(now), appeal.AppealId, step.StepKey, counted, cancellationToken);
        }
    }

    // R3 needs to know who was already received or answered on which question.
    private async Task RecordOutcomeForRepeatsAsync(AppealRecord appeal, CancellationToken cancellationToken)
    {
        EarlierOutcome? outcome = appeal.Status switch
        {
            AppealStatus.ReceptionHeld or AppealStatus.UnderControl => EarlierOutcome.Received,
            AppealStatus.Closed or AppealStatus.Refused => EarlierOutcome.Answered,
            _ => null,
        };
        if (outcome is not null)
        {
            await applicants.RecordAsync(appeal, outcome.Value, cancellationToken);
        }
    }
}
