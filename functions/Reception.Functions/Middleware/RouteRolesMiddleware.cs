using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Reception.Api.Routing;

namespace Reception.Functions.Middleware;

/// <summary>
/// The route table's roles (<see cref="ApiRoutes"/>) for the HTTP triggers, as the local host's
/// route groups check them: a caller without one of its route's roles gets the 401/403 problem and
/// the trigger does not run. Queue and timer triggers have no HTTP context and pass.
/// </summary>
internal sealed class RouteRolesMiddleware : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.GetHttpContext() is { } http && RouteRoles.Refuse(http) is { } refused)
        {
            await refused.ExecuteAsync(http);
            return;
        }

        await next(context);
    }
}
