using Microsoft.AspNetCore.Http;
using Reception.Domain.Validation;
using Reception.Workflow.Auth;
using Reception.Workflow.Notifications;
using Reception.Workflow.Ports;

namespace Reception.Workflow.Http;

/// <summary>The operator's one repair (README "Runbook"): poisoned messages or start requests back to their queue.</summary>
public sealed class OperationsEndpoints(CallerAuthenticator auth, INotificationOutbox outbox, IAppealStartRequests starts)
{
    /// <summary>The most messages one request moves; call again for more.</summary>
    public const int MaxPerRequest = 1000;

    /// <summary><c>POST /api/operations/requeue-poisoned</c> <c>{ "queue": "notifications" | "starts", "max": 100 }</c>.</summary>
    public async Task<IResult> RequeuePoisonedAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        (RequeueRequest? body, IResult? refused) = await JsonBody.ReadAuthorizedAsync<RequeueRequest>(auth, request, [Roles.Operator], cancellationToken);
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
