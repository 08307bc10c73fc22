using System.Globalization;
using Microsoft.DurableTask;
using Reception.Domain;
using Reception.Domain.Appeals;
using Reception.Domain.Calendar;
using Reception.Domain.Deadlines;
using Reception.Domain.Repeats;
using Reception.Domain.Schedule;
using Reception.Domain.Time;
using Reception.Workflow.Appeals;
using Reception.Workflow.Notifications;
using Reception.Workflow.Ports;

namespace Reception.Workflow.Activities;

/// <summary>
/// Records one step of an appeal (status, history, changes and the message it sends) in one
/// atomic write, then puts the message on the outbox. Idempotent by the step key: a retry or a
/// replay records nothing twice, and the message keeps its deterministic id.
/// </summary>
public sealed class AdvanceAppeal(
    IAppealStore appeals,
    INotificationOutbox outbox,
    IApplicantIndex applicants,
    ISurveyStore surveys,
    IReportCounters counters,
    WorkingCalendar calendar,
    DeadlinePolicy policy,
    TimeProvider clock)
    : TaskActivity<AppealStep, AppealSnapshot>
{
    public override Task<AppealSnapshot> RunAsync(TaskActivityContext context, AppealStep input) =>
        ExecuteAsync(input, CancellationToken.None);

    public async Task<AppealSnapshot> ExecuteAsync(AppealStep step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        DateTimeOffset now = clock.GetUtcNow();
        string notificationId = $"{step.AppealId}-{step.StepKey}";
        AppealRecord appeal = await appeals.ApplyStepAsync(
            step.AppealId,
            step.StepKey,
            current => Apply(current, step, now, notificationId, calendar, policy),
            new HistoryStep(now, step.Step, step.Rule, step.Detail),
            cancellationToken);

        if (step.Notify is { } kind)
        {
            Language language = step.Audience == Audience.Applicant ? appeal.Submission.Language : Language.Ru;
            string text = NotificationTemplates.Render(kind, language, Values(appeal, step));
            await outbox.EnqueueAsync(
                new OutgoingNotification(notificationId, appeal.AppealId, kind, CamelCaseNames.Of(language), step.Audience, text),
                cancellationToken);
        }

        if (step.Change?.QueueForSurvey == true)
        {
            await surveys.QueueAsync(appeal.AppealId, now, cancellationToken);
        }

        await RecordOutcomeForRepeatsAsync(appeal, cancellationToken);
        Dictionary<string, long> counted = ReportCounting.ForStep(step, appeal);
        if (counted.Count > 0)
        {
            await counters.AddAsync(AlmatyTime.DateOf(now), appeal.AppealId, step.StepKey, counted, cancellationToken);
        }

        return Snapshot(appeal);
    }

    /// <summary>The orchestrator's view of an appeal.</summary>
    public static AppealSnapshot Snapshot(AppealRecord appeal) => new(
        appeal.Status,
        appeal.Deadlines?.AnswerDue,
        appeal.Progress.Slot,
        appeal.Progress.Extended,
        appeal.Submission.Applicant.IsOutOfTurn,
        appeal.Submission.Applicant.IsForeignOrStateless);

    private static AppealRecord Apply(
        AppealRecord appeal, AppealStep step, DateTimeOffset now, string notificationId, WorkingCalendar calendar, DeadlinePolicy policy)
    {
        // The lifecycle allows this step from the appeal's status, or nothing is recorded (a bug, not a state).
        AppealLifecycle.Check(appeal.Status, step.Step, step.Rule, step.Status ?? appeal.Status);
        AppealProgress progress = appeal.Progress with { Awaiting = step.Awaiting, AwaitingStep = step.Awaiting is null ? null : step.StepKey };
        AppealDeadlines? deadlines = appeal.Deadlines;
        if (step.Change is { } change)
        {
            progress = progress with
            {
                Extended = change.Extended ?? progress.Extended,
                Proposal = change.Proposal ?? progress.Proposal,
                Slot = change.Slot ?? progress.Slot,
                Instructions = ChangeInstructions(change.Instructions ?? progress.Instructions, change),
                Reason = change.Reason ?? progress.Reason,
                EarlierAppeal = change.EarlierAppeal ?? progress.EarlierAppeal,
            };
            if (change.ExtendAnswerToCap && deadlines is not null && appeal.RegisteredOn is { } registeredOn)
            {
                deadlines = deadlines with { AnswerDue = policy.ExtendedAnswerCapDue(registeredOn, calendar) };
            }
        }

        if (step.Notify is { } kind && step.Audience == Audience.Applicant)
        {
            progress = progress with
            {
                Notifications = [.. progress.Notifications, new NotificationRecord(notificationId, CamelCaseNames.Of(kind), CamelCaseNames.Of(appeal.Submission.Language), now)],
            };
        }

        return appeal with { Status = step.Status ?? appeal.Status, Progress = progress, Deadlines = deadlines };
    }

    private static IReadOnlyList<Instruction> ChangeInstructions(IReadOnlyList<Instruction> instructions, AppealChange change) =>
        instructions.Select(i =>
            i.Number == change.ControlledInstruction ? i with { UnderControl = true }
            : i.Number == change.OverdueInstruction ? i with { Overdue = true }
            : i.Number == change.AnsweredInstruction && change.Answer is not null ? i with { Answers = [.. i.Answers, change.Answer] }
            : i).ToList();

    private static Dictionary<string, string> Values(AppealRecord appeal, AppealStep step)
    {
        Language language = step.Audience == Audience.Applicant ? appeal.Submission.Language : Language.Ru;
        BookedSlot? slot = appeal.Progress.Slot;
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["number"] = appeal.RegistrationNumber ?? appeal.AppealId,
            ["reason"] = appeal.Progress.Reason ?? string.Empty,
            ["due"] = appeal.Deadlines?.AnswerDue?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? string.Empty,
            ["date"] = slot?.Date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? string.Empty,
            ["time"] = slot?.Time.ToString("HH:mm", CultureInfo.InvariantCulture) ?? string.Empty,
            ["mode"] = slot is null ? string.Empty : ModeText(slot.Mode, language),
            ["body"] = string.Empty,
            ["rule"] = step.Rule,
        };
        // "reason" applies to every language; "reason.kk" / "reason.ru" to one, so the system's own
        // wording reaches each applicant in their language (R18).
        string suffix = "." + CamelCaseNames.Of(language);
        foreach ((string key, string value) in (step.Values ?? new Dictionary<string, string>()).OrderBy(p => p.Key.Contains('.', StringComparison.Ordinal)))
        {
            if (!key.Contains('.', StringComparison.Ordinal))
            {
                values[key] = value;
            }
            else if (key.EndsWith(suffix, StringComparison.Ordinal))
            {
                values[key[..^suffix.Length]] = value;
            }
        }

        return values;
    }

    private static string ModeText(ReceptionMode mode, Language language) => (mode, language) switch
    {
        (ReceptionMode.Video, Language.Kk) => "бейнеконференц байланыс арқылы",
        (ReceptionMode.Video, _) => "посредством видеоконференцсвязи",
        (_, Language.Kk) => "жеке өзі келу арқылы",
        _ => "очно",
    };

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
