using Microsoft.AspNetCore.Http;
using Reception.Api.Auth;
using Reception.Api.Http;
using Reception.Workflow.Appeals;
using Reception.Workflow.Serialization;

namespace Reception.Api.Appeals;

/// <summary>Reading appeals (docs/api.md "Reading").</summary>
public sealed class AppealEndpoints(IAppealStore appeals, ISurveyStore surveys)
{
    /// <summary><c>GET /api/appeals/{appealId}</c>: the appeal, with the applicant's data the caller's roles need (<see cref="ApplicantDetails"/>).</summary>
    public async Task<IResult> GetAsync(HttpRequest request, string appealId, CancellationToken cancellationToken)
    {
        AppealRecord? appeal = AppealIds.IsWellFormed(appealId) ? await appeals.FindAsync(appealId, cancellationToken) : null;
        if (appeal is null)
        {
            return Problems.NotFound($"There is no appeal '{appealId}'.");
        }

        if (OfficialScope.Refuse(request, appeal) is { } notTheirs)
        {
            return notTheirs;
        }

        Caller caller = CallerAuthenticator.CallerOf(request);
        bool surveyDue = caller.Roles.Contains(Roles.Office) && AppealActions.MayBeOnSurveyList(appeal)
            && await surveys.FindResultAsync(appeal.AppealId, cancellationToken) is null;
        return Results.Json(AppealView.From(appeal, ApplicantDetails.For(caller, appeal)) with { Actions = AppealActions.For(appeal, caller.Roles, surveyDue) }, ReceptionJson.Options);
    }
}
