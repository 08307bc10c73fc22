using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;
using Reception.Api.Auth;
using Reception.Api.Http;

namespace Reception.Api.Routing;

/// <summary>
/// The one place a route's roles (and its ids, <see cref="RouteIds"/>) are checked, before its handler runs: the local host as an
/// endpoint filter of each <see cref="ApiGroup"/>, the Functions app in a worker middleware that
/// finds the trigger's route in <see cref="ApiRoutes"/> by method and path. A refused request
/// reaches no handler, so it reads and changes nothing.
/// </summary>
public static class RouteRoles
{
    private static readonly (ApiRoute Route, TemplateMatcher Matcher)[] Matchers =
        [.. ApiRoutes.All.Select(r => (r, new TemplateMatcher(TemplateParser.Parse(r.Pattern.TrimStart('/')), new RouteValueDictionary())))];

    /// <summary>Null when the caller holds one of <paramref name="roles"/> (or the route is public); a 401/403 problem otherwise.</summary>
    public static IResult? Refuse(HttpContext http, IReadOnlyList<string> roles)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(roles);
        return (roles.Count == 0 ? null : http.RequestServices.GetRequiredService<CallerAuthenticator>().Require(http.Request, [.. roles]))
            ?? RefuseBodilessPost(http.Request)
            ?? RouteIds.Refuse(http.Request.RouteValues);
    }

    /// <summary>
    /// A POST that changes state carries a JSON body or a header no other site's page can send
    /// (<c>X-Api-Key</c>, <c>X-Requested-With</c>): so a signed-in person's cookie never lets a
    /// plain form or link of another site act for them.
    /// </summary>
    private static IResult? RefuseBodilessPost(HttpRequest request)
    {
        if (!HttpMethods.IsPost(request.Method) || request.Headers.ContainsKey(CallerAuthenticator.KeyHeader) || request.Headers.ContainsKey("X-Requested-With")
            || JsonBody.IsJson(request.ContentType))
        {
            return null;
        }

        return Problems.UnsupportedMediaType();
    }

    /// <summary><see cref="Refuse(HttpContext, IReadOnlyList{string})"/> for the route the request's method and path match; null for a path outside the table.</summary>
    public static IResult? Refuse(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var values = new RouteValueDictionary();
        if (Find(http.Request.Method, http.Request.Path, values) is not { } route)
        {
            return null;
        }

        // The worker's HTTP context may carry no route values of its own: use the table's match.
        foreach ((string key, object? value) in values)
        {
            http.Request.RouteValues.TryAdd(key, value);
        }

        return Refuse(http, route.Roles);
    }

    /// <summary>The route of the table with that method whose pattern matches <paramref name="path"/>, or null.</summary>
    public static ApiRoute? Find(string method, PathString path) => Find(method, path, []);

    /// <summary><see cref="Find(string, PathString)"/>, filling <paramref name="values"/> with the route's parameters.</summary>
    public static ApiRoute? Find(string method, PathString path, RouteValueDictionary values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach ((ApiRoute route, TemplateMatcher matcher) in Matchers)
        {
            // A fresh dictionary per attempt: a pattern that fails may have filled some values.
            var attempt = new RouteValueDictionary();
            if (string.Equals(route.Method, method, StringComparison.OrdinalIgnoreCase) && matcher.TryMatch(path, attempt))
            {
                foreach ((string key, object? value) in attempt)
                {
                    values[key] = value;
                }

                return route;
            }
        }

        return null;
    }
}
