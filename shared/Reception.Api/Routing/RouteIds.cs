using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Reception.Api.Http;
using Reception.Domain.Validation;

namespace Reception.Api.Routing;

/// <summary>
/// The ids a route carries to storage as keys, checked once before any handler (both hosts, with
/// <see cref="RouteRoles"/>): a malformed one is a 400 problem naming it, never a storage error.
/// Appeal ids stay 404 when malformed (<c>AppealIds</c>): no appeal can have such an id.
/// </summary>
public static class RouteIds
{
    /// <summary>Materials requests are "m" and 16 lowercase hex digits (MaterialsEndpoints).</summary>
    public static bool IsMaterialsRequestId(string? id) =>
        id is { Length: 17 } && id[0] == 'm' && id.Skip(1).All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    /// <summary>Null when every id of <paramref name="values"/> is well formed; a 400 problem otherwise.</summary>
    public static IResult? Refuse(RouteValueDictionary values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.TryGetValue("officialId", out object? official) && !OfficialIds.IsWellFormed(official as string))
        {
            return Problems.Validation("officialId", "Not an official's id: " + OfficialIds.Rule);
        }

        if (values.TryGetValue("requestId", out object? materials) && !IsMaterialsRequestId(materials as string))
        {
            return Problems.Validation("requestId", "Not a request for materials' id: 'm' and 16 hexadecimal digits.");
        }

        return null;
    }
}
