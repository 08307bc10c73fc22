using Microsoft.DurableTask;
using Reception.Domain.Appeals;
using Reception.Workflow.Appeals;
using Reception.Workflow.Deadlines;

namespace Reception.Workflow.Appeals.Activities;

/// <summary>
/// The opening of an appeal as one activity (workflow version 5): registration (R4), the substance
/// (R2) and repeat (R3) checks, the step they lead to, and, for an appeal sent to review, the plan of
/// its answer deadline (R8) that the review wait races.
/// </summary>
/// <remarks>
/// Why one activity and not four: every activity costs the workflow an engine episode, and on the
/// Azure Storage backend each episode reads the instance's whole history and writes rows of its
/// own; on Azurite each of those requests scans tables that grow with every waiting appeal, so the
/// four episodes of the opening were most of what registration cost once thousands waited (README,
/// "Benchmarks"). Idempotent like its parts; a retry keeps the decision an earlier attempt
/// recorded, because the repeat check reads other appeals, which may have changed in between.
/// </remarks>
public sealed class OpenAppeal(RegisterAppeal register, CheckRepeat repeats, AdvanceAppeal advance, PlanTimer planTimer, IAppealStore appeals)
    : TaskActivity<OpenAppealInput, AppealOpening>
{
    public override Task<AppealOpening> RunAsync(TaskActivityContext context, OpenAppealInput input) => ExecuteAsync(input, CancellationToken.None);

    public async Task<AppealOpening> ExecuteAsync(OpenAppealInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        AppealRegistration registration = await register.ExecuteAsync(new RegisterAppealInput(input.AppealId), cancellationToken);
        AppealStep step = await DecideAsync(input, registration, cancellationToken);
        AppealSnapshot after = await advance.ExecuteAsync(step, cancellationToken);
        PlannedTimer? review = step.Step == StepName.SentForReview
            ? await planTimer.ExecuteAsync(new TimerRequest(input.AppealId, TimerBasis.AnswerDue, MayWake: true), cancellationToken)
            : null;
        return new AppealOpening(step.Step, after.Status, review);
    }

    private async Task<AppealStep> DecideAsync(OpenAppealInput input, AppealRegistration registration, CancellationToken cancellationToken)
    {
        string id = input.AppealId;
        if (!registration.HasSubstance)
        {
            return OpeningSteps.NoSubstance(id, StepKeys.KeyOf(input.StepNumber, StepName.LeftWithoutConsideration));
        }

        AppealRecord appeal = await appeals.FindAsync(id, cancellationToken)
            ?? throw new InvalidOperationException($"Appeal {id} is not stored.");
        RepeatCheck? repeat = RecordedDecision(appeal) switch
        {
            StepName.SentForReview => null,
            StepName.Refused => new RepeatCheck(appeal.Progress.Reason ?? string.Empty, appeal.Progress.EarlierAppeal ?? string.Empty),
            _ => await repeats.ExecuteAsync(id, cancellationToken),
        };
        return repeat is null
            ? OpeningSteps.SentForReview(id, StepKeys.KeyOf(input.StepNumber, StepName.SentForReview))
            : OpeningSteps.Repeat(id, StepKeys.KeyOf(input.StepNumber, StepName.Refused), repeat);
    }

    /// <summary>The step an earlier attempt recorded after registration, if one did: the first refusal or sending for review.</summary>
    private static string? RecordedDecision(AppealRecord appeal) =>
        appeal.History.FirstOrDefault(h => h.Step is StepName.SentForReview or StepName.Refused)?.Step;
}
