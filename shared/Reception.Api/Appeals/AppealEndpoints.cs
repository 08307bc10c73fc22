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
        // The history's details in the reader's language (Accept-Language: kk or ru); the steps' names and rules stay.
        string? language = Localization.ServiceTexts.LanguageOf(request);
        AppealView view = AppealView.From(appeal, ApplicantDetails.For(caller, appeal)) with { Actions = AppealActions.For(appeal, caller.Roles, surveyDue) };
        if (language is not null)
        {
            view = view with { History = [.. view.History.Select(h => h with { Detail = Localization.ServiceTexts.Translate(h.Detail, language) })] };
        }

        Localization.ServiceTexts.MarkLanguage(request.HttpContext.Response, language);
        return Results.Json(view, ReceptionJson.Options);
    }
}
