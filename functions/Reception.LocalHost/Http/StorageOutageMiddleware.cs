using Reception.Api.Http;
using Reception.Api.RateLimiting;
using Reception.Storage.Faults;

namespace Reception.LocalHost.Http;

/// <summary>
/// docs/api.md "When storage is unreachable": every request gets an answer within its deadline. A
/// request that fails because storage does not answer, or that runs past the deadline (storage
/// that hangs rather than refuses), gets <c>503</c> + <c>Retry-After</c> as problem+json, never
/// a <c>500</c> or a hang; the host keeps serving.
/// </summary>
/// <remarks>
/// The deadline reaches the endpoints through <see cref="HttpContext.RequestAborted"/>, which every
/// handler passes down to its storage and durable-client calls.
/// </remarks>
internal sealed partial class StorageOutageMiddleware(RequestDelegate next, LocalHostOptions options, ILogger<StorageOutageMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        CancellationToken clientGone = context.RequestAborted;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(clientGone);
        deadline.CancelAfter(options.RequestDeadline);
        context.RequestAborted = deadline.Token;
        try
        {
            await next(context);
        }
        catch (Exception ex) when (!context.Response.HasStarted && !clientGone.IsCancellationRequested
            && (StorageFaults.IsUnreachable(ex) || (ex is OperationCanceledException && deadline.IsCancellationRequested)))
        {
            LogUnavailable(logger, context.Request.Path, ex.GetType().Name);
            context.Response.Clear();
            await Problems.StorageUnavailable(StorageOutageResponses.Detail).ExecuteAsync(context);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Path}: storage unreachable ({Exception}); answered 503")]
    private static partial void LogUnavailable(ILogger logger, PathString path, string exception);
}
