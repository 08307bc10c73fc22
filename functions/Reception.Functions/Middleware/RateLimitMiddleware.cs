using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.AspNetCore.Http;
using Reception.Api.RateLimiting;

namespace Reception.Functions.Middleware;

/// <summary>
/// The app limits itself, with the local host's limits (<see cref="RateLimits"/>): the public
/// status routes per client address, intake per key; past a limit <c>429</c> with
/// <c>Retry-After</c> and the trigger does not run. Counts are per instance: with N instances the
/// effective limit is up to N times the setting (docs/deploy.md).
/// </summary>
internal sealed class RateLimitMiddleware(RateLimitOptions limits) : IFunctionsWorkerMiddleware, IDisposable
{
    private readonly PartitionedRateLimiter<HttpContext> limiter = RateLimits.CreateLimiter(limits, ClientOf);

    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.GetHttpContext() is not { } http)
        {
            await next(context);
            return;
        }

        using RateLimitLease lease = limiter.AttemptAcquire(http);
        if (!lease.IsAcquired)
        {
            await RateLimits.RejectAsync(http, lease);
            return;
        }

        await next(context);
    }

    public void Dispose() => limiter.Dispose();

    // Behind App Service the connection is the platform's front end: the client is the address it
    // appended last to X-Forwarded-For (earlier entries are whatever the client sent). Anything
    // that does not parse as an address (with or without a port) counts as the connection's.
    internal static string? ClientOf(HttpContext http)
    {
        string? forwarded = http.Request.Headers["X-Forwarded-For"].LastOrDefault()?.Split(',').LastOrDefault()?.Trim();
        if (!string.IsNullOrEmpty(forwarded))
        {
            if (IPAddress.TryParse(forwarded, out IPAddress? address) || (IPEndPoint.TryParse(forwarded, out IPEndPoint? endPoint) && (address = endPoint.Address) is not null))
            {
                return address.ToString();
            }
        }

        return http.Connection.RemoteIpAddress?.ToString();
    }
}
