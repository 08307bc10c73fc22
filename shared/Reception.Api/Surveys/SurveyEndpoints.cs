using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Reception.Domain.Time;
using Reception.Domain.Validation;
using Reception.Domain.Appeals;
using Reception.Api.Appeals;
using Reception.Api.Auth;
using Reception.Api.Http;
using Reception.Api.Schedule;
using Reception.Api.Schedule.Requests;
using Reception.Workflow.Appeals;
using Reception.Workflow.Reports;
using Reception.Workflow.Schedule;
using Reception.Workflow.Serialization;
using Reception.Workflow.Worklists;
using Reception.Workflow.Appeals.Activities;

namespace Reception.Api.Surveys;

/// <summary>The office's satisfaction survey (R23) and the head's restrictive measures (R17).</summary>
public sealed class SurveyEndpoints(
    IAppealStore appeals,
    ISurveyStore surveys,
    IWorklistIndex worklists,
    IReportCounters counters,
    IScheduleStore schedule,
    RestrictiveMeasuresService measures,
    TimeProvider clock)
{
    /// <summary><c>GET /api/surveys/pending</c>: whom to phone, with the contact the office needs.</summary>
    public async Task<IResult> PendingAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var list = new List<PendingSurvey>();
        foreach (SurveyEntry entry in await surveys.PendingAsync(cancellationToken))
        {
            if (await appeals.FindAsync(entry.AppealId, cancellationToken) is { } appeal)
            {
                Domain.Applicants.Applicant a = appeal.Submission.Applicant;
                list.Add(new PendingSurvey(appeal.AppealId, appeal.RegistrationNumber, appeal.Status, $"{a.LastName} {a.FirstName} {a.MiddleName}".Trim(),
                    a.Phone, appeal.Submission.Language, entry.QueuedAt));
            }
        }

        return Results.Json(list, ReceptionJson.Options);
    }

    /// <summary><c>POST /api/appeals/{id}/survey</c>: the result of the survey, once per appeal.</summary>
    public async Task<IResult> RecordAsync(HttpRequest request, string appealId, CancellationToken cancellationToken)
    {
        (SurveyRequest? body, IResult? refused) = await JsonBody.ReadAsync<SurveyRequest>(request, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var errors = new ValidationErrors();
        if (body!.Score is not (>= 1 and <= 5))
        {
            errors.Add("score", "Required: 1 (not satisfied) to 5 (fully satisfied).");
        }

        string? comment = Fields.Text(errors, "comment", body.Comment, required: false);

        AppealRecord? appeal = AppealIds.IsWellFormed(appealId) ? await appeals.FindAsync(appealId, cancellationToken) : null;
        if (appeal is null)
        {
            return Problems.NotFound($"There is no appeal '{appealId}'.");
        }

        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        if (appeal.PersonalDataErasedAt is not null)
        {
            return Problems.Conflict($"Appeal {appealId} is not on the survey list, or its survey is recorded already.");
        }

        // The survey (R23) comes after the appeal's workflow has ended, so its result is the survey
        // list's, not the appeal's: the workflow stays the appeal's only writer. The store lets one
        // result through; the counters are keyed by the appeal, so counting again (a request
        // repeated after a crash between the two) counts once.
        DateTimeOffset now = clock.GetUtcNow();
        bool recorded = await surveys.RecordAsync(appealId, body.Score!.Value, comment, now, cancellationToken);
        SurveyEntry? result = await surveys.FindResultAsync(appealId, cancellationToken);
        if (result?.Score is { } score)
        {
            await counters.AddAsync(AlmatyTime.DateOf(now), appealId, "survey", ReportCounting.ForSurvey(score), cancellationToken);

            // Off the call list once surveyed, also when an earlier request crashed before this.
            await worklists.UnlistSurveyAsync(appealId, AlmatyTime.DateOf(result.QueuedAt), cancellationToken);
        }

        if (!recorded)
        {
            return Problems.Conflict($"Appeal {appealId} is not on the survey list, or its survey is recorded already.");
        }

        return Results.Json(new ActionReply(appealId, appeal.Status, $"/api/appeals/{appealId}"), ReceptionJson.Options, statusCode: StatusCodes.Status202Accepted);
    }

    /// <summary><c>GET /api/restrictive-measures</c>: whether every reception is by video now (R17), and why.</summary>
    public async Task<IResult> GetRestrictiveMeasuresAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        return Results.Json(await schedule.RestrictiveMeasuresAsync(cancellationToken), ReceptionJson.Options);
    }

    /// <summary><c>POST /api/restrictive-measures</c>: every reception by video from now on (R17).</summary>
    public async Task<IResult> RestrictiveMeasuresAsync(HttpRequest request, DurableTaskClient workflows, CancellationToken cancellationToken)
    {
        (RestrictiveMeasuresRequest? body, IResult? refused) = await JsonBody.ReadAsync<RestrictiveMeasuresRequest>(request, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var errors = new ValidationErrors();
        if (body!.Active is null)
        {
            errors.Add("active", "Required: true to impose, false to lift.");
        }
        string? reason = Fields.Line(errors, "reason", body.Reason, required: body.Active == true, whyRequired: "Say why (pandemic, other safety reasons): applicants are told.");

        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        IReadOnlyList<string> moved = await measures.SetAsync(body.Active!.Value, reason ?? string.Empty, workflows, cancellationToken);
        return Results.Json(new RestrictiveMeasuresReply(body.Active.Value, moved), ReceptionJson.Options, statusCode: StatusCodes.Status202Accepted);
    }
}
