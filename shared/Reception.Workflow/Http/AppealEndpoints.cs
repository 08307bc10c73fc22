using Microsoft.AspNetCore.Http;
using Reception.Workflow.Appeals;
using Reception.Workflow.Auth;
using Reception.Workflow.Ports;

namespace Reception.Workflow.Http;

/// <summary>Reading appeals (API.md "Reading").</summary>
public sealed class AppealEndpoints(ApiKeyAuthenticator auth, IAppealStore appeals)
{
    /// <summary><c>GET /api/appeals/{appealId}</c>: the whole appeal, for any staff role.</summary>
    public async Task<IResult> GetAsync(HttpRequest request, string appealId, CancellationToken cancellationToken)
    {
        if (auth.Require(request, [.. Roles.Staff]) is { } denied)
        {
            return denied;
        }

        AppealRecord? appeal = IsWellFormedId(appealId) ? await appeals.FindAsync(appealId, cancellationToken) : null;
        return appeal is null
            ? Problems.NotFound($"There is no appeal '{appealId}'.")
            : Results.Json(AppealView.From(appeal), ReceptionJson.Options);
    }

    // Appeal ids are 32 lowercase hex digits; anything else cannot name one and is not sent to storage.
    private static bool IsWellFormedId(string appealId) =>
        appealId is { Length: 32 } && appealId.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
