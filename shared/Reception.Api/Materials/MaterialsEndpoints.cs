using System.Net.Mail;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Reception.Api.Appeals;
using Reception.Domain.Validation;
using Reception.Api.Auth;
using Reception.Api.Http;
using Reception.Workflow.Appeals;
using Reception.Workflow.Materials;
using Reception.Workflow.Serialization;
using Reception.Workflow.Time;

namespace Reception.Api.Materials;

/// <summary>
/// R26 (§31): the reception office's requests for materials, binding on the units. Each request
/// is its own workflow (instance id = request id), the request's only writer: these endpoints
/// start it or raise its answer, and read.
/// </summary>
public sealed class MaterialsEndpoints(IMaterialsRequests requests, IAppealStore appeals, ReceptionClock clock)
{
    private static readonly string[] Writers = [Roles.Office, Roles.Department];
    private static readonly string[] Readers = [Roles.Office, Roles.Department, Roles.Head];

    /// <summary><c>POST /api/materials-requests</c>: 202 with the request id; the request is sent and tracked by its workflow.</summary>
    public async Task<IResult> CreateAsync(HttpRequest request, DurableTaskClient workflows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workflows);
        (MaterialsRequestBody? body, IResult? refused) = await JsonBody.ReadAsync<MaterialsRequestBody>(request, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var errors = new ValidationErrors();
        Fields.Line(errors, "unit", body!.Unit, 200);
        Fields.Text(errors, "materials", body.Materials);
        if (body.UnitEmail is not null && (body.UnitEmail.Length > 254 || !MailAddress.TryCreate(body.UnitEmail.Trim(), out _)))
        {
            errors.Add("unitEmail", "An e-mail address, or leave it out and hand the request over.");
        }

        if (body.DueDate is not { } due || due <= clock.Today)
        {
            errors.Add("dueDate", "Required: a date after today (yyyy-MM-dd) by which the unit answers.");
        }

        if (body.AppealId is { } appealId && (!AppealIds.IsWellFormed(appealId) || await appeals.FindAsync(appealId, cancellationToken) is null))
        {
            errors.Add("appealId", $"No appeal {appealId}.");
        }

        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        string id = "m" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var input = new MaterialsRequestInput(id, body.AppealId, body.Unit!.Trim(), body.UnitEmail?.Trim(), body.Materials!.Trim(), body.DueDate!.Value,
            clock.GetUtcNow(), CallerAuthenticator.ActorOf(request));
        await workflows.ScheduleNewOrchestrationInstanceAsync(nameof(MaterialsRequestOrchestrator), input, new StartOrchestrationOptions(id), cancellationToken);
        return Results.Json(new { requestId = id, due = input.Due }, ReceptionJson.Options, statusCode: StatusCodes.Status202Accepted);
    }

    /// <summary><c>GET /api/materials-requests?state=open|all</c>: soonest due first, with whether each is overdue.</summary>
    public async Task<IResult> ListAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        string state = request.Query["state"].FirstOrDefault() ?? "open";
        if (state is not ("open" or "all"))
        {
            var errors = new ValidationErrors();
            errors.Add("state", "open (the default) or all.");
            return Problems.Validation(errors);
        }

        IReadOnlyList<MaterialsRequest> found = await requests.ListAsync(openOnly: state == "open", cancellationToken);
        return Results.Json(new { items = found.Select(View) }, ReceptionJson.Options);
    }

    /// <summary><c>GET /api/materials-requests/{id}</c>.</summary>
    public async Task<IResult> GetAsync(HttpRequest request, string requestId, CancellationToken cancellationToken)
    {
        return await requests.FindAsync(requestId, cancellationToken) is { } found
            ? Results.Json(View(found), ReceptionJson.Options)
            : Problems.NotFound($"No request for materials {requestId}.");
    }

    /// <summary><c>POST /api/materials-requests/{id}/answer</c>: the unit's answer closes the request.</summary>
    public async Task<IResult> AnswerAsync(HttpRequest request, string requestId, DurableTaskClient workflows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workflows);
        (MaterialsAnswerBody? body, IResult? refused) = await JsonBody.ReadAsync<MaterialsAnswerBody>(request, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var errors = new ValidationErrors();
        Fields.Text(errors, "answer", body!.Answer);
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        MaterialsRequest? found = await requests.FindAsync(requestId, cancellationToken);
        if (found is null)
        {
            return Problems.NotFound($"No request for materials {requestId}.");
        }

        if (found.IsAnswered)
        {
            return Problems.Conflict($"Request for materials {requestId} was answered on {found.AnsweredAt:yyyy-MM-dd}.");
        }

        await workflows.RaiseEventAsync(requestId, MaterialsAnswerEvent.Name, new MaterialsAnswerEvent(body.Answer!.Trim(), CallerAuthenticator.ActorOf(request)), cancellationToken);
        return Results.Json(new { requestId, state = "answered" }, ReceptionJson.Options, statusCode: StatusCodes.Status202Accepted);
    }

    private object View(MaterialsRequest r) => new
    {
        r.RequestId,
        r.AppealId,
        r.Unit,
        r.UnitEmail,
        r.Materials,
        r.Due,
        state = r.IsAnswered ? "answered" : r.Due < clock.Today ? "overdue" : "open",
        rule = Domain.Appeals.Rule.R26,
        r.RequestedAt,
        r.RequestedBy,
        r.Answer,
        r.AnsweredAt,
        r.AnsweredBy,
        r.Escalations,
    };
}
