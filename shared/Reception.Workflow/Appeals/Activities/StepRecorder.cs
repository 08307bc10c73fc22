using System.Diagnostics;
using System.Globalization;
using Reception.Domain;
using Reception.Domain.Appeals;
using Reception.Domain.Calendar;
using Reception.Domain.Deadlines;
using Reception.Domain.Schedule;
using Reception.Workflow.Appeals;
using Reception.Workflow.Notifications;
using Reception.Workflow.Telemetry;
using Reception.Workflow.Worklists;

namespace Reception.Workflow.Appeals.Activities;

/// <summary>
/// Records one step of an appeal (status, history, its change and the message it sends) in one
/// atomic write, checked against the lifecycle, then puts the message on the outbox. Idempotent by
/// the step key: a retry or a replay records nothing twice, and the message keeps its
/// deterministic id. The worklist index is brought in line with the recorded appeal.
/// </summary>
public sealed class StepRecorder(
    IAppealStore appeals, IWorklistIndex worklists, INotificationOutbox outbox, WorkingCalendar calendar, DeadlinePolicy policy, TimeProvider clock, PublicPage page,
    IAnswerLetters letters)
{
    /// <returns>The appeal after the step (or as an earlier run of the same step left it).</returns>
    public async Task<AppealRecord> RecordAsync(AppealStep step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        DateTimeOffset now = clock.GetUtcNow();
        DateTimeOffset started = TimeProvider.System.GetUtcNow(); // the span's real start; `now` may run on a compressed clock
        string notificationId = $"{step.AppealId}-{step.StepKey}";

        // The answer's message names the answer letter only when one is stored (§33): what the applicant is told follows what is kept.
        bool withLetter = step.Notify is NotificationKind.FinalAnswer or NotificationKind.ReceptionAnswered
            && await letters.FindAsync(step.AppealId, cancellationToken) is not null;
        AppealRecord appeal = await appeals.ApplyStepAsync(
            step.AppealId,
            step.StepKey,
            current => Apply(current, step, now, notificationId, withLetter),
            new HistoryStep(now, step.Step, step.Rule, step.Detail) { By = step.By },
            cancellationToken);

        // The span is opened once the appeal (and so its trace) is read, dated from the start of the work.
        using Activity? span = ReceptionTelemetry.StartAppealSpan("appeal.step " + step.Step, appeal.AppealId, appeal.TraceParent, started);
        span?.SetTag(ReceptionTelemetry.StepTag, step.Step);
        span?.SetTag(ReceptionTelemetry.RuleTag, step.Rule);
        span?.SetTag(ReceptionTelemetry.StatusTag, CamelCaseNames.Of(appeal.Status));
        if (appeal.History.Any(h => h.At == now && h.Step == step.Step))
        {
            StepMetrics.Recorded(step, appeal, now); // recorded by this call, not a retry finding it done
        }

        // The worklists follow the appeal in the same activity: a crash between the two is retried
        // until both are written (the index takes only a state at least as new as its own).
        await worklists.SyncAsync(appeal, cancellationToken);

        if (step.Notify is { } kind)
        {
            Language language = step.Audience == Audience.Applicant ? appeal.Submission.Language : Language.Ru;

            // The applicant is sent exactly the words their appeal keeps (and their status page shows).
            string text = appeal.Progress.Notifications.FirstOrDefault(n => n.Id == notificationId)?.Text
                ?? Text(kind, appeal, step, withLetter);
            await outbox.EnqueueAsync(
                new OutgoingNotification(notificationId, appeal.AppealId, kind, CamelCaseNames.Of(language), step.Audience, text)
                {
                    TraceParent = ReceptionTelemetry.CurrentTraceParent() ?? appeal.TraceParent,
                },
                cancellationToken);
        }

        return appeal;
    }

    private AppealRecord Apply(AppealRecord appeal, AppealStep step, DateTimeOffset now, string notificationId, bool withLetter)
    {
        // The lifecycle allows this step from the appeal's status, or nothing is recorded (a bug, not a state).
        AppealLifecycle.Check(appeal.Status, step.Step, step.Rule, step.Status ?? appeal.Status);
        AppealRecord changed = appeal with
        {
            Status = step.Status ?? appeal.Status,
            Progress = appeal.Progress with { Awaiting = step.Awaiting, AwaitingStep = step.Awaiting is null ? null : step.StepKey },
        };
        changed = step.Change?.ApplyTo(changed, calendar, policy) ?? changed;
        if (step.Notify is { } kind && step.Audience == Audience.Applicant)
        {
            var told = new NotificationRecord(notificationId, CamelCaseNames.Of(kind), CamelCaseNames.Of(appeal.Submission.Language), now)
            {
                Text = Text(kind, changed, step, withLetter),
            };
            changed = changed with { Progress = changed.Progress with { Notifications = [.. changed.Progress.Notifications, told] } };
        }

        return changed;
    }

    // An applicant's message ends with their tracking code and page; staff messages are in Russian.
    private string Text(NotificationKind kind, AppealRecord appeal, AppealStep step, bool withLetter) => step.Audience == Audience.Applicant
        ? NotificationTemplates.RenderForApplicant(kind, appeal.Submission.Language, Values(appeal, step, withLetter))
        : NotificationTemplates.Render(kind, Language.Ru, Values(appeal, step, withLetter));

    private Dictionary<string, string> Values(AppealRecord appeal, AppealStep step, bool withLetter)
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
            ["code"] = appeal.TrackingCode,
            ["link"] = page.LinkTo(appeal.TrackingCode),
            ["answer"] = AppealAnswer.TextOf(appeal, language),
            ["letter"] = withLetter ? LetterSentence(language, page.BaseUrl + AnswerLetter.PathFor(appeal.TrackingCode)) : string.Empty,
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

    private static string LetterSentence(Language language, string url) => language == Language.Kk
        ? $" Жауап хаты: {url}."
        : $" Письмо-ответ: {url}.";

    private static string ModeText(ReceptionMode mode, Language language) => (mode, language) switch
    {
        (ReceptionMode.Video, Language.Kk) => "бейнеконференц байланыс арқылы",
        (ReceptionMode.Video, _) => "посредством видеоконференцсвязи",
        (_, Language.Kk) => "жеке өзі келу арқылы",
        _ => "очно",
    };
}
