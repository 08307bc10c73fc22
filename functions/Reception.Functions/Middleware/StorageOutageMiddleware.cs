using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Reception.Api.Http;

namespace Reception.Functions.Middleware;

/// <summary>
/// docs/api.md "When storage is unreachable", as the local host answers it: an HTTP trigger that fails
/// because storage does not answer replies <c>503</c> + <c>Retry-After</c> (problem+json). Queue
/// and timer triggers let the exception through: the runtime retries those messages itself.
/// </summary>
internal sealed class StorageOutageMiddleware : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            await next(context);
        }
        catch (Exception ex) when (context.GetHttpContext() is { Response.HasStarted: false } http && StorageOutageResponses.For(ex) is { } unavailable)
        {
            await unavailable.ExecuteAsync(http);
        }
    }
}
