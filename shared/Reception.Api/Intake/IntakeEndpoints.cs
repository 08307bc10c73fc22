using Microsoft.AspNetCore.Http;
using Reception.Domain.Appeals;
using Reception.Domain.Validation;
using Reception.Api.Auth;
using Reception.Api.Http;
using Reception.Workflow.Appeals;
using Reception.Workflow.Intake;
using Reception.Workflow.Serialization;

namespace Reception.Api.Intake;

/// <summary>
/// <c>POST /api/intake/{egov|call-center|office}</c> of docs/api.md, served identically by both hosts.
/// Checks run in the order that reveals least: credentials (the route's roles, <see cref="Routing.RouteRoles"/>), media type, size, signature, body.
/// </summary>
public sealed class IntakeEndpoints(EgovWebhookVerifier egov, IntakeService intake)
{
    public Task<IResult> EgovAsync(HttpRequest request, CancellationToken cancellationToken) =>
        SubmitAsync(request, IntakeRoute.Egov, cancellationToken);

    public Task<IResult> CallCenterAsync(HttpRequest request, CancellationToken cancellationToken) =>
        SubmitAsync(request, IntakeRoute.CallCenter, cancellationToken);

    public Task<IResult> OfficeAsync(HttpRequest request, CancellationToken cancellationToken) =>
        SubmitAsync(request, IntakeRoute.Office, cancellationToken);

    private async Task<IResult> SubmitAsync(
        HttpRequest request, IntakeRoute route, CancellationToken cancellationToken)
    {
        (byte[]? body, IResult? unreadable) = await JsonBody.ReadAsync(request, cancellationToken);
        if (unreadable is not null)
        {
            return unreadable;
        }

        if (route == IntakeRoute.Egov && egov.Verify(request, body!) is { } badSignature)
        {
            return badSignature;
        }

        (SubmissionDraft? draft, IResult? malformed) = JsonBody.Parse<SubmissionDraft>(body!);
        if (malformed is not null)
        {
            return malformed;
        }

        SubmissionValidation validation = SubmissionValidator.Validate(draft, route);
        if (!validation.IsValid)
        {
            return Problems.Validation(validation.Errors);
        }

        // A person at the office counter is named in the history; the portal and the call centre are machines.
        Actor? receivedBy = route == IntakeRoute.Office ? CallerAuthenticator.ActorOf(request) : null;
        IntakeResult result = await intake.SubmitAsync(route, validation.Submission!, validation.Channel!.Value, cancellationToken, receivedBy: receivedBy);
        if (route == IntakeRoute.Egov)
        {
            egov.Remember(request); // taken in: the same signed request again is a replay
        }

        var reply = new IntakeReply(
            result.AppealId,
            result.TrackingCode,
            "received",
            $"/api/appeals/{result.AppealId}");
        return Results.Json(reply, ReceptionJson.Options, statusCode: result.IsNew ? StatusCodes.Status202Accepted : StatusCodes.Status200OK);
    }
}
