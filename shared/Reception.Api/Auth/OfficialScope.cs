using Microsoft.AspNetCore.Http;
using Reception.Api.Http;
using Reception.Workflow.Appeals;

namespace Reception.Api.Auth;

/// <summary>
/// An official reads and acts only on their own receptions: a caller the route admitted only in the
/// <c>official</c> role is limited to the official's id they are tied to (a development user's
/// <c>OfficialId</c>; in Azure the app role <c>official.&lt;id&gt;</c>). The office, the Department and the
/// head are not limited. Set once per request by <see cref="CallerAuthenticator.Require"/>.
/// </summary>
public static class OfficialScope
{
    internal const string Item = "Reception.OfficialScope";

    /// <summary>The official's id the caller is limited to, or null when not limited.</summary>
    public static string? Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.HttpContext.Items[Item] as string;
    }

    /// <summary>Null when the caller may see <paramref name="officialId"/>'s receptions; a 403 problem otherwise.</summary>
    public static IResult? Refuse(HttpRequest request, string? officialId) =>
        Of(request) is { } own && !string.Equals(own, officialId, StringComparison.Ordinal)
            ? Problems.Forbidden($"As an official you see only your own receptions ({own}).")
            : null;

    /// <summary>Null when the caller may see the appeal: unlimited, or booked with (or proposed to) their official; a 403 problem otherwise.</summary>
    public static IResult? Refuse(HttpRequest request, AppealRecord appeal)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        string? own = Of(request);
        if (own is null)
        {
            return null;
        }

        return IsOfficialOf(own, appeal) ? null : Problems.Forbidden($"As an official you see only the appeals of your own receptions ({own}).");
    }

    /// <summary>Whether the appeal is booked with (or, before booking, proposed to) that official.</summary>
    public static bool IsOfficialOf(string? officialId, AppealRecord appeal)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        return officialId is not null
            && (string.Equals(appeal.Progress.Slot?.OfficialId, officialId, StringComparison.Ordinal)
                || (appeal.Progress.Slot is null && string.Equals(appeal.Progress.Proposal?.OfficialId, officialId, StringComparison.Ordinal)));
    }
}
