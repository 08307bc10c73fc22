using Reception.Workflow.Appeals;

namespace Reception.Api.Auth;

/// <summary>Who sent a request, and how they proved it.</summary>
/// <param name="Roles">Every role they hold; a person signed in through Entra ID may hold several.</param>
/// <param name="OfficialId">For an official: whose receptions are theirs, when known.</param>
/// <param name="SignIn"><c>apiKey</c>, <c>platform</c> (Entra ID through App Service) or <c>development</c>.</param>
public sealed record Caller(string Id, string Name, IReadOnlyList<string> Roles, string? OfficialId, string SignIn)
{
    public const string ApiKey = "apiKey";
    public const string Platform = "platform";
    public const string Development = "development";

    /// <summary>The first of their roles that <paramref name="allowed"/> lists, or null.</summary>
    public string? RoleAmong(IEnumerable<string> allowed) => allowed.FirstOrDefault(r => Roles.Contains(r, StringComparer.Ordinal));

    /// <summary>The history's record of them acting in <paramref name="role"/>.</summary>
    public Actor As(string role) => new(Id, Name, role);
}
