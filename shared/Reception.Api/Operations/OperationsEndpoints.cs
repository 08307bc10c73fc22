using Microsoft.AspNetCore.Http;
using Reception.Domain.Validation;
using Reception.Api.Auth;
using Reception.Api.Http;
using Reception.Workflow.Appeals;
using Reception.Workflow.Intake;
using Reception.Workflow.Notifications;
using Reception.Workflow.Serialization;

namespace Reception.Api.Operations;

/// <summary>The operator's one repair (docs/runbook.md): poisoned messages or start requests back to their queue.</summary>
public sealed class OperationsEndpoints(INotificationOutbox outbox, IAppealStartRequests starts)
{
    /// <summary>The most messages one request moves; call again for more.</summary>
    public const int MaxPerRequest = 1000;

    /// <summary><c>POST /api/operations/requeue-poisoned</c> <c>{ "queue": "notifications" | "starts", "max": 100 }</c>.</summary>
    public async Task<IResult> RequeuePoisonedAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        (RequeueRequest? body, IResult? refused) = await JsonBody.ReadAsync<RequeueRequest>(request, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var errors = new ValidationErrors();
        if (body!.Queue is not ("notifications" or "starts"))
        {
            errors.Add("queue", "notifications (the outbox of messages) or starts (workflow start requests).");
        }

        if (body.Max is < 1 or > MaxPerRequest)
        {
            errors.Add("max", $"From 1 to {MaxPerRequest}; 100 when left out.");
        }

        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        int max = body.Max ?? 100;
        int moved = body.Queue == "notifications"
            ? await outbox.RequeuePoisonedAsync(max, cancellationToken)
            : await starts.RequeuePoisonedAsync(max, cancellationToken);
        return Results.Json(new { queue = body.Queue, moved }, ReceptionJson.Options);
    }

    public sealed record RequeueRequest(string? Queue, int? Max);
}
