using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Reception.Api.Http;
using Reception.Workflow.Appeals;

namespace Reception.Api.Auth;

/// <summary>
/// Who calls: a machine client or script by its <c>X-Api-Key</c>; a person signed in through App
/// Service Authentication (when <see cref="AuthOptions.TrustPlatformPrincipal"/>); in
/// Development, a person picked on the local sign-in page (a cookie naming a configured
/// development user). Also checks the e-gov webhook signature.
/// </summary>
/// <remarks>
/// Keys are looked up by their SHA-256 hash, so the comparison time does not depend on how much
/// of a guessed key is right; the signature is compared with <see cref="CryptographicOperations.FixedTimeEquals"/>.
/// The sign-in cookie is <c>SameSite=Strict</c> and every action takes a JSON body, so another
/// site cannot act in a signed-in person's name (a cross-site form cannot send JSON).
/// </remarks>
public sealed class CallerAuthenticator
{
    public const string KeyHeader = "X-Api-Key";
    public const string DevelopmentCookie = "reception-dev-user";
    private const string CallerItem = "Reception.Caller";
    private const string ActingRoleItem = "Reception.ActingRole";

    private readonly Dictionary<string, string> roleByKeyHash;
    private readonly bool trustPlatform;
    private readonly Dictionary<string, DevelopmentUser> developmentUsers;
    private readonly Dictionary<string, DevelopmentUser> developmentUserByKeyHash;
    private readonly string environmentName;

    public CallerAuthenticator(IOptions<AuthOptions> options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        environmentName = environment.EnvironmentName;
        roleByKeyHash = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach ((string role, string[] keys) in options.Value.Keys)
        {
            foreach (string key in keys.Where(k => !string.IsNullOrEmpty(k)))
            {
                roleByKeyHash[Hash(key)] = role.ToLowerInvariant();
            }
        }

        trustPlatform = options.Value.TrustPlatformPrincipal;
        developmentUsers = options.Value.DevelopmentUsers
            .Where(u => !string.IsNullOrWhiteSpace(u.Id))
            .ToDictionary(u => u.Id, StringComparer.Ordinal);
        developmentUserByKeyHash = developmentUsers.Values
            .Where(u => !string.IsNullOrEmpty(u.Key))
            .ToDictionary(u => Hash(u.Key!), StringComparer.Ordinal);
    }

    /// <summary>The people of the local sign-in page; empty outside Development (the service refuses to start with any there).</summary>
    public IReadOnlyCollection<DevelopmentUser> DevelopmentUsers => developmentUsers.Values;

    /// <summary>The development user with that id, or null.</summary>
    public DevelopmentUser? FindDevelopmentUser(string? id) =>
        id is not null && developmentUsers.TryGetValue(id, out DevelopmentUser? user) ? user : null;

    /// <summary>
    /// Null when the caller holds one of <paramref name="allowedRoles"/>; a 401 or 403 problem otherwise.
    /// The route table calls this once per request with its group's roles (<see cref="Routing.RouteRoles"/>).
    /// </summary>
    public IResult? Require(HttpRequest request, params string[] allowedRoles)
    {
        ArgumentNullException.ThrowIfNull(request);
        (Caller? caller, IResult? unknown) = Identify(request);
        if (caller is null)
        {
            return unknown;
        }

        if (caller.RoleAmong(allowedRoles) is null)
        {
            return Problems.Forbidden($"The role '{string.Join(", ", caller.Roles)}' may not call this route.");
        }

        // Admitted only as an official: limited to their own receptions (OfficialScope), so an
        // official the service cannot tie to an official's id is refused rather than shown all.
        bool onlyAsOfficial = allowedRoles.Where(r => caller.Roles.Contains(r, StringComparer.Ordinal)).SequenceEqual([Roles.Official]);
        if (onlyAsOfficial && string.IsNullOrWhiteSpace(caller.OfficialId))
        {
            return Problems.Forbidden($"{caller.Name} acts as an official but is tied to no official's id; ask for it to be set (docs/api.md \"Who sees what\").");
        }

        request.HttpContext.Items[CallerItem] = caller;
        request.HttpContext.Items[ActingRoleItem] = caller.RoleAmong(allowedRoles);
        request.HttpContext.Items[OfficialScope.Item] = onlyAsOfficial ? caller.OfficialId : null;
        return null;
    }

    /// <summary>The caller <see cref="Require"/> let through.</summary>
    public static Caller CallerOf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.HttpContext.Items[CallerItem] as Caller
            ?? throw new InvalidOperationException("CallerOf is called only after Require let the request through.");
    }

    /// <summary>Who acted, in the role the route admitted them in, for a request <see cref="Require"/> let through.</summary>
    public static Actor ActorOf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Caller caller = CallerOf(request);
        return caller.As(request.HttpContext.Items[ActingRoleItem] as string ?? caller.Roles[0]);
    }

    /// <summary>The caller, or a 401 problem saying what is missing or wrong.</summary>
    public (Caller? Caller, IResult? Problem) Identify(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? key = request.Headers[KeyHeader];
        if (!string.IsNullOrEmpty(key))
        {
            string hash = Hash(key);
            if (developmentUserByKeyHash.TryGetValue(hash, out DevelopmentUser? keyHolder))
            {
                return (AsCaller(keyHolder), null);
            }

            if (!roleByKeyHash.TryGetValue(hash, out string? role))
            {
                return (null, Problems.Unauthorized("The API key is not recognised."));
            }

            return AuthStartChecks.KeyMayActAs(role, environmentName)
                ? (new Caller($"apiKey:{role}", $"API key ({role})", [role], null, Caller.ApiKey), null)
                : (null, Problems.Unauthorized(
                    $"Staff ({role}) sign in as people here (Microsoft Entra ID), so the history names who acted; API keys are for machines: e-gov, the call centre, the operator."));
        }

        if (trustPlatform && PlatformPrincipal.Read(request.Headers[PlatformPrincipal.Header]) is { } person)
        {
            return person.Roles.Count > 0
                ? (person, null)
                : (null, Problems.Forbidden($"{person.Name} is signed in but holds none of the service's roles; ask for one in Entra ID."));
        }

        if (FindDevelopmentUser(request.Cookies[DevelopmentCookie]) is { } user)
        {
            return (AsCaller(user), null);
        }

        return (null, Problems.Unauthorized($"Sign in, or send an API key in the {KeyHeader} header."));
    }

    private static Caller AsCaller(DevelopmentUser user) =>
        new(user.Id, user.Name, [user.Role.ToLowerInvariant()], user.OfficialId, Caller.Development);

    private static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
