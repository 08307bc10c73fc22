using System.Globalization;
using Microsoft.DurableTask;
using Reception.Domain.Appeals;
using Reception.Workflow.Notifications;

namespace Reception.Workflow.Materials;

/// <summary>
/// Records one step of a request for materials and queues its message: the request to the unit,
/// an escalation to the Department's head for each working day it is late, nothing on the answer.
/// Idempotent: a step already recorded changes nothing, and each message has a fixed id, so the
/// dispatcher sends it once.
/// </summary>
public sealed class RecordMaterialsStep(IMaterialsRequests requests, INotificationOutbox outbox, TimeProvider clock) : TaskActivity<MaterialsStep, bool>
{
    // Another writer than the request's own workflow would be a bug; a few retries cover a retried activity racing itself.
    private const int MaxAttempts = 5;

    public override Task<bool> RunAsync(TaskActivityContext context, MaterialsStep input) => ExecuteAsync(input, CancellationToken.None);

    /// <returns>True while the request is open (unanswered).</returns>
    public async Task<bool> ExecuteAsync(MaterialsStep step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (step.Kind == MaterialsStepKind.Requested)
        {
            MaterialsRequestInput r = step.Request ?? throw new ArgumentException("A new request needs its content.", nameof(step));
            MaterialsRequest stored = await requests.CreateIfAbsentAsync(
                new MaterialsRequest(r.RequestId, r.AppealId, r.Unit, r.UnitEmail, r.Materials, r.Due, r.RequestedAt, r.RequestedBy), cancellationToken);
            if (stored.UnitEmail is { } email)
            {
                string text = NotificationTemplates.Render(NotificationKind.MaterialsRequested, Language.Ru, new Dictionary<string, string>
                {
                    ["number"] = stored.RequestId,
                    ["materials"] = stored.Materials,
                    ["due"] = stored.Due.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
                });
                await outbox.EnqueueAsync(new OutgoingNotification($"{stored.RequestId}-requested", string.Empty, NotificationKind.MaterialsRequested, "ru", Audience.Email(email), text), cancellationToken);
            }

            return !stored.IsAnswered;
        }

        for (int attempt = 0; attempt < MaxAttempts; attempt++)
        {
            MaterialsRequest current = await requests.FindAsync(step.RequestId, cancellationToken)
                ?? throw new InvalidOperationException($"Request for materials {step.RequestId} is not stored.");
            if (current.IsAnswered)
            {
                return false;
            }

            MaterialsRequest changed;
            if (step.Kind == MaterialsStepKind.Answered)
            {
                MaterialsAnswerEvent answer = step.Answer ?? throw new ArgumentException("An answer step needs the answer.", nameof(step));
                changed = current with { Answer = answer.Answer, AnsweredBy = answer.By, AnsweredAt = clock.GetUtcNow() };
            }
            else
            {
                DateOnly day = step.OverdueOn ?? throw new ArgumentException("An overdue step needs its day.", nameof(step));
                if (!current.Escalations.Contains(day))
                {
                    changed = current with { Escalations = [.. current.Escalations, day] };
                    if (!await requests.TryReplaceAsync(changed, cancellationToken))
                    {
                        continue;
                    }
                }

                await Escalate(current, day, cancellationToken);
                return true;
            }

            if (await requests.TryReplaceAsync(changed, cancellationToken))
            {
                return false;
            }
        }

        throw new InvalidOperationException($"Request for materials {step.RequestId} kept changing while its {step.Kind} step was recorded.");
    }

    private Task Escalate(MaterialsRequest request, DateOnly day, CancellationToken cancellationToken)
    {
        string text = NotificationTemplates.Render(NotificationKind.Escalation, Language.Ru, new Dictionary<string, string>
        {
            ["number"] = $"{request.RequestId} ({request.Unit})",
            ["rule"] = Rule.R26,
            ["due"] = request.Due.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        });
        return outbox.EnqueueAsync(
            new OutgoingNotification(string.Create(CultureInfo.InvariantCulture, $"{request.RequestId}-overdue-{day:yyyyMMdd}"), string.Empty, NotificationKind.Escalation, "ru", Audience.DepartmentHead, text),
            cancellationToken);
    }
}
