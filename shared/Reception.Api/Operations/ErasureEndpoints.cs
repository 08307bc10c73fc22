using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Reception.Api.Auth;
using Reception.Api.Http;
using Reception.Domain.Validation;
using Reception.Workflow.Appeals;
using Reception.Workflow.Privacy;
using Reception.Workflow.Serialization;

namespace Reception.Api.Operations;

/// <summary>
/// <c>POST /api/operations/appeals/{appealId}/erase</c> <c>{ "reason": "…" }</c>: the operator erases one
/// closed appeal's personal data on a lawful request (law No. 94-V), before its retention term ends.
/// The appeal's history records who did it and why.
/// </summary>
public sealed class ErasureEndpoints(PersonalDataEraser eraser, IAppealStore appeals)
{
    public const int MaxReasonLength = 500;

    public async Task<IResult> EraseAsync(HttpRequest request, string appealId, DurableTaskClient workflows, CancellationToken cancellationToken)
    {
        (EraseRequest? body, IResult? refused) = await JsonBody.ReadAsync<EraseRequest>(request, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var errors = new ValidationErrors();
        string? reason = Fields.Text(errors, "reason", body!.Reason, MaxReasonLength, required: true, whyRequired: "An erasure names its lawful ground (e.g. the applicant's request of a date).");
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        if (!Reception.Api.Appeals.AppealIds.IsWellFormed(appealId))
        {
            return Problems.NotFound($"There is no appeal '{appealId}'.");
        }

        ErasureOutcome outcome = await eraser.EraseAsync(appealId, CallerAuthenticator.ActorOf(request), reason!, workflows, cancellationToken);
        return outcome switch
        {
            ErasureOutcome.NotFound => Problems.NotFound($"There is no appeal '{appealId}'."),
            ErasureOutcome.Open => Problems.Conflict($"Appeal {appealId} is still open: its personal data is needed until it is closed."),
            ErasureOutcome.WorkflowRunning => Problems.Conflict($"Appeal {appealId} is closed but its workflow is finishing; nothing was erased. Try again in a minute."),
            _ => Results.Json(
                new { appealId, erased = true, at = (await appeals.FindAsync(appealId, cancellationToken))?.PersonalDataErasedAt, already = outcome == ErasureOutcome.AlreadyErased },
                ReceptionJson.Options),
        };
    }

    public sealed record EraseRequest(string? Reason);
}
