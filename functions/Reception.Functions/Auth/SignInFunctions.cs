using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Reception.Api.Auth;

namespace Reception.Functions.Auth;

/// <summary><c>GET /api/me</c> and the Development sign-in routes (docs/api.md "Who acted"); in Azure people sign in at <c>/.auth/login/aad</c>.</summary>
public sealed class SignInFunctions(SignInEndpoints endpoints)
{
    [Function("GetMe")]
    public IResult Me(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/me")] HttpRequest request) =>
        endpoints.Me(request);

    [Function("ListDevelopmentUsers")]
    public IResult DevelopmentUsers(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/dev/users")] HttpRequest request) =>
        endpoints.DevelopmentUsers();

    [Function("DevelopmentSignIn")]
    public Task<IResult> SignIn(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/dev/sign-in")] HttpRequest request,
        CancellationToken cancellationToken) =>
        endpoints.SignInAsync(request, cancellationToken);

    [Function("SignOut")]
    public IResult SignOut(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/sign-out")] HttpRequest request) =>
        SignInEndpoints.SignOut(request);
}
