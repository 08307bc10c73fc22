
namespace Reception.Api.Auth;

/// <summary><c>POST /api/dev/sign-in</c>: the development user to act as.</summary>
public sealed record SignInRequest(string? UserId);
