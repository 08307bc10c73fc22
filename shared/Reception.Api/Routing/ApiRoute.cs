using System.Text.RegularExpressions;

namespace Reception.Api.Routing;

/// <summary>One route of the HTTP contract (docs/api.md) as both hosts serve it.</summary>
/// <param name="Pattern">The ASP.NET Core route pattern, constraints included, e.g. <c>/api/appeals/{appealId}/instructions/{number:int}/answer</c>.</param>
/// <param name="Body">The request body's schema name in <see cref="ApiSchemas"/>, or null.</param>
/// <param name="Handler">The minimal-API handler the local host maps; its parameters are bound by ASP.NET Core.</param>
public sealed partial record ApiRoute(string Method, string Pattern, string OperationId, string Summary, string? Body, int Success, Delegate Handler)
{
    /// <summary>The roles allowed, from the route's <see cref="ApiGroup"/>; empty for a route without a key.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>The OpenAPI path template: the pattern without constraints (<c>{number}</c>).</summary>
    public string Path => Constraint().Replace(Pattern, "}");

    [GeneratedRegex(":[a-z]+}")]
    private static partial Regex Constraint();
}
