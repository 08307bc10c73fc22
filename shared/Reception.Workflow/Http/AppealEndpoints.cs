using Microsoft.AspNetCore.Http;
using Reception.Workflow.Appeals;
using Reception.Workflow.Auth;
using Reception.Workflow.Ports;

namespace Reception.Workflow.Http;

/// <summary>Reading appeals (API.md "Reading").</summary>
public sealed class AppealEndpoints(CallerAuthenticator auth, IAppealStore appeals)
{
    /// <summary><c>GET /api/appeals/{appealId}</c>: the whole appeal, for any staff role.</summary>
    public async Task<IResult> GetAsync(HttpRequest request, string appealId, CancellationToken cancellationToken)
    {
        if (auth.Require(request, [.. Roles.Staff]) is { } denied)
        {
            return denied;
        }

        AppealRecord? appeal = AppealIds.IsWellFormed(appealId) ? await appeals.FindAsync(appealId, cancellationToken) : null;
        return appeal is null
            ? Problems.NotFound($"There is no appeal '{appealId}'.")
            : Results.Json(AppealView.From(appeal), ReceptionJson.Options);
    }
}
