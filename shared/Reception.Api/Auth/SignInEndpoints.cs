using Microsoft.AspNetCore.Http;
using Reception.Api.Http;
using Reception.Workflow.Appeals;
using Reception.Workflow.Serialization;

namespace Reception.Api.Auth;

/// <summary>
/// Who is signed in (<c>GET /api/me</c>), and in Development the local sign-in page's routes:
/// the people one may be, signing in as one of them, and signing out (docs/api.md "Who acted").
/// In Azure the platform signs people in and out (<c>/.auth/login/aad</c>, <c>/.auth/logout</c>).
/// </summary>
public sealed class SignInEndpoints(CallerAuthenticator auth)
{
    /// <summary>The development users, or 404 where there are none (every environment but Development).</summary>
    public IResult DevelopmentUsers() =>
        auth.DevelopmentUsers.Count == 0
            ? Problems.NotFound("There is no development sign-in here; sign in with Microsoft Entra ID (/.auth/login/aad).")
            : Results.Json(new { users = auth.DevelopmentUsers.OrderBy(u => u.Role, StringComparer.Ordinal).ThenBy(u => u.Id, StringComparer.Ordinal) }, ReceptionJson.Options);

    public IResult Me(HttpRequest request)
    {
        (Caller? caller, IResult? problem) = auth.Identify(request);
        return caller is null ? problem! : Results.Json(MeReply.Of(caller), ReceptionJson.Options);
    }

    /// <summary><c>POST /api/dev/sign-in</c> <c>{ "userId" }</c>: sets the sign-in cookie (SameSite=Strict, HttpOnly).</summary>
    public async Task<IResult> SignInAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (auth.DevelopmentUsers.Count == 0)
        {
            return Problems.NotFound("There is no development sign-in here.");
        }

        (byte[]? raw, IResult? unreadable) = await JsonBody.ReadAsync(request, cancellationToken);
        if (unreadable is not null)
        {
            return unreadable;
        }

        (SignInRequest? body, IResult? malformed) = JsonBody.Parse<SignInRequest>(raw!);
        if (malformed is not null)
        {
            return malformed;
        }

        if (auth.FindDevelopmentUser(body!.UserId) is not { } user)
        {
            return Problems.Validation("userId", $"Not a development user; one of: {string.Join(", ", auth.DevelopmentUsers.Select(u => u.Id))}.");
        }

        request.HttpContext.Response.Cookies.Append(CallerAuthenticator.DevelopmentCookie, user.Id, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Path = "/",
            IsEssential = true,
        });
        return Results.Json(MeReply.Of(new Caller(user.Id, user.Name, [user.Role], user.OfficialId, Caller.Development)), ReceptionJson.Options);
    }

    /// <summary><c>POST /api/sign-out</c>: forgets the development sign-in (the platform's is ended at <c>/.auth/logout</c>).</summary>
    public static IResult SignOut(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.HttpContext.Response.Cookies.Delete(CallerAuthenticator.DevelopmentCookie, new CookieOptions { Path = "/", SameSite = SameSiteMode.Strict });
        return Results.NoContent();
    }

    /// <summary>The reply of <c>GET /api/me</c>.</summary>
    public sealed record MeReply(string Id, string Name, string Role, IReadOnlyList<string> Roles, string? OfficialId, string SignIn)
    {
        public static MeReply Of(Caller caller) => new(caller.Id, caller.Name, caller.Roles[0], caller.Roles, caller.OfficialId, caller.SignIn);
    }
}
