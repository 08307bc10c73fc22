using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using Reception.Domain.Appeals;
using Reception.Workflow.Appeals;
using Reception.Workflow.Appeals.Activities;
using Reception.Workflow.Appeals.Events;
using Reception.Workflow.Deadlines;
using Reception.Workflow.Durable;
using Reception.Workflow.Notifications;

namespace Reception.Workflow.Appeals.Orchestration;

/// <summary>
/// Carries one appeal through the regulation: one instance per appeal, instance id = appeal id.
/// </summary>
/// <remarks>
/// Versioning (docs/workflow-versions.md): the instance's input names the workflow version it
/// started with (<see cref="AppealWorkflowInput.WorkflowVersion"/>). Before the first production
/// deployment there is one version and no branch on it; after it, a release that changes the steps
/// an instance in flight would replay adds them behind a check of the version.
/// Every step is an activity with a deterministic step key (<see cref="StepKeys"/>), so a replay
/// or a retry records nothing twice; every wait races a durable timer (<see cref="StaffWaits"/>).
/// </remarks>
public sealed partial class AppealOrchestrator : TaskOrchestrator<AppealWorkflowInput, AppealStatus>
{
    /// <summary>The version new instances start with (5: the last of the pre-production versions, kept so local task hubs replay unchanged).</summary>
    public const int CurrentVersion = 5;

    // Extensions and central-body requests each bring the review round again; far more than any appeal needs.
    private const int MaxReviewRounds = 50;

    public override async Task<AppealStatus> RunAsync(TaskOrchestrationContext context, AppealWorkflowInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        string id = input.AppealId;
        ILogger logger = context.CreateReplaySafeLogger<AppealOrchestrator>();
        LogStarted(logger, id, input.WorkflowVersion);

        var keys = new StepKeys();
        var steps = new AppealSteps(context, id, keys);
        AppealOpening opening = await context.CallActivityAsync<AppealOpening>(
            nameof(OpenAppeal), new OpenAppealInput(id, keys.NextNumber), ActivityRetry.Standard);
        keys.Next(opening.Step);
        if (opening.Step != StepName.SentForReview)
        {
            return opening.Status;
        }

        if (!await ReviewAsync(context, id, keys, steps, opening.ReviewTimer))
        {
            return AppealStatus.Refused;
        }

        DecisionEvent decision = await StaffWaits.WaitAsync<DecisionEvent>(
            context, id, StaffActions.Decision, new TimerRequest(id, TimerBasis.AnswerDue), Rule.R8, keys);
        if (!decision.Approve)
        {
            return (await steps.AdvanceAsync(StepName.Refused, Rule.R8, $"The head of apparatus refused: {decision.Reason}", AppealStatus.Refused,
                change: new Refusal(decision.Reason), notify: NotificationKind.Refused, by: decision.By)).Status;
        }

        await steps.AdvanceAsync(StepName.Approved, Rule.R6, "The head of apparatus approved the proposal; the Department lists the applicant for the schedule.", AppealStatus.AwaitingDecision,
            by: decision.By);
        AppealSnapshot scheduled = await ReceptionPhase.ScheduleAsync(context, id, steps);
        // One sender for both waits before the reception: a video reception's details go out once, in time (§12).
        var video = new VideoConnectionSender(context, id, steps, scheduled.Slot);
        InterpreterEvent? interpreter = await ReceptionPhase.ArrangeInterpreterAsync(context, id, keys, steps, scheduled, video);
        return await ReceptionPhase.ReceiveAsync(context, id, keys, steps, interpreter, video);
    }

    /// <summary>The Department's review, with extensions and central bodies, until a proposal (true) or a refusal (false).</summary>
    /// <param name="firstPlan">The answer deadline <see cref="OpenAppeal"/> already planned for the first wait (null: the wait plans it).</param>
    private static async Task<bool> ReviewAsync(TaskOrchestrationContext context, string id, StepKeys keys, AppealSteps steps, PlannedTimer? firstPlan)
    {
        for (int round = 0; round < MaxReviewRounds; round++)
        {
            ReviewEvent review = await StaffWaits.WaitAsync<ReviewEvent>(
                context, id, StaffActions.Review, new TimerRequest(id, TimerBasis.AnswerDue), Rule.R8, keys, planned: round == 0 ? firstPlan : null);
            switch (review.Outcome)
            {
                case ReviewOutcome.Refuse:
                    await steps.AdvanceAsync(StepName.Refused, Rule.R3, $"Refused after review: {review.Reason}", AppealStatus.Refused,
                        change: new Refusal(review.Reason, AfterConsultation: review.ConsultationGiven),
                        // A consultation the applicant accepted instead of the reception is not a refusal to them (issue 30).
                        notify: review.ConsultationGiven ? NotificationKind.ConsultationGiven : NotificationKind.Refused, by: review.By);
                    return false;

                case ReviewOutcome.Extend:
                    await steps.AdvanceAsync(StepName.Extended, Rule.R9, $"Term extended: {review.Reason}", AppealStatus.UnderReview, StaffActions.Review,
                        change: new TermExtended(review.Reason), notify: NotificationKind.Extended, by: review.By);
                    break;

                case ReviewOutcome.RequestCentralBody:
                    await CentralBodyAsync(context, id, keys, steps, review);
                    break;

                default:
                    await steps.AdvanceAsync(StepName.Proposed, Rule.R5, $"Memo to the head of apparatus: reception by {review.OfficialId} on {review.ProposedDate:yyyy-MM-dd}.",
                        AppealStatus.AwaitingDecision, StaffActions.Decision,
                        change: new ProposalMade(new Proposal(review.OfficialId!, review.ProposedDate!.Value)), by: review.By);
                    return true;
            }
        }

        throw new InvalidOperationException($"Appeal {id} went through {MaxReviewRounds} review rounds without a proposal or refusal.");
    }

    /// <summary>R10, R11: a central body is asked to take part; its refusal is reported; then back to review.</summary>
    private static async Task CentralBodyAsync(TaskOrchestrationContext context, string id, StepKeys keys, AppealSteps steps, ReviewEvent review)
    {
        var body = new Dictionary<string, string> { ["body"] = review.CentralBody ?? string.Empty };
        await steps.AdvanceAsync(StepName.CentralBodyRequested, Rule.R10, $"Participation by video conference requested from {review.CentralBody}: {review.Reason}",
            AppealStatus.CentralBodyRequested, StaffActions.CentralBodyResponse,
            change: new TermExtended(Reason: null), notify: NotificationKind.CentralBodyRequested, values: body, by: review.By);

        CentralBodyResponseEvent response = await StaffWaits.WaitAsync<CentralBodyResponseEvent>(
            context, id, StaffActions.CentralBodyResponse, new TimerRequest(id, TimerBasis.AnswerDue), Rule.R10, keys);
        if (response.Participates)
        {
            await steps.AdvanceAsync(StepName.CentralBodyParticipates, Rule.R10, $"{review.CentralBody} takes part: {response.Note}", by: response.By);
        }
        else
        {
            string due = response.ReportDue is { } reportDue ? reportDue.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
            if (response.ReportLate)
            {
                // R11's term passed before the refusal was recorded: the miss is on the record and the Department's head is told.
                await steps.AdvanceAsync(StepName.DeadlineMissed, Rule.R11,
                    $"The R11 deadline of {due} to report {review.CentralBody}'s refusal passed before it was recorded; escalated to the Department's head.",
                    notify: NotificationKind.Escalation, audience: Audience.DepartmentHead,
                    values: new Dictionary<string, string> { ["due"] = due, ["rule"] = Rule.R11 }, by: response.By);
            }

            await steps.AdvanceAsync(StepName.CentralBodyRefusalReported, Rule.R11,
                $"{review.CentralBody} refused to take part; reported to the Presidential Administration's Department for appeals" + (due.Length > 0 ? $" (due {due})." : "."),
                notify: NotificationKind.CentralBodyRefusalReport, audience: Audience.PresidentialAdministration,
                values: new Dictionary<string, string>(body) { ["reason"] = response.Note ?? string.Empty }, by: response.By);
        }

        await steps.AdvanceAsync(StepName.BackToReview, Rule.R5, "Back to the Department's review.", AppealStatus.UnderReview, StaffActions.Review);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Workflow of appeal {AppealId} runs (version {Version})")]
    private static partial void LogStarted(ILogger logger, string appealId, int version);
}
