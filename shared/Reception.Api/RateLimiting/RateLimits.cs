using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Reception.Api.Auth;
using Reception.Api.Http;

namespace Reception.Api.RateLimiting;

/// <summary>
/// ASP.NET Core's rate limiting at the edges anyone can reach: the tracking-code page per client
/// address (guessing codes), intake per API key (a runaway client). Past a limit: <c>429</c> with
/// <c>Retry-After</c> as problem+json; nothing is read or written.
/// </summary>
public static class RateLimits
{
    /// <summary>The local host: ASP.NET Core's rate-limiting middleware, clients by their connection's address.</summary>
    public static IServiceCollection AddReceptionRateLimits(this IServiceCollection services, RateLimitOptions limits)
    {
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = CreateLimiter(limits, http => http.Connection.RemoteIpAddress?.ToString());
            options.OnRejected = (context, _) => new ValueTask(RejectAsync(context.HttpContext, context.Lease));
        });
        return services;
    }

    /// <summary>
    /// The same limits for a host without ASP.NET Core's middleware (the Functions worker, which
    /// applies them in its own middleware); <paramref name="clientOf"/> names the client's address.
    /// </summary>
    public static PartitionedRateLimiter<HttpContext> CreateLimiter(RateLimitOptions limits, Func<HttpContext, string?> clientOf) =>
        PartitionedRateLimiter.Create<HttpContext, string>(http => PartitionOf(http, limits, clientOf(http)));

    /// <summary>The <c>429</c> problem with <c>Retry-After</c>.</summary>
    public static async Task RejectAsync(HttpContext http, RateLimitLease lease)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(lease);
        int seconds = lease.TryGetMetadata(MetadataName.RetryAfter, out TimeSpan retryAfter) ? (int)Math.Ceiling(retryAfter.TotalSeconds) : 60;
        http.Response.Headers.RetryAfter = Math.Max(1, seconds).ToString(CultureInfo.InvariantCulture);
        await Problems.TooManyRequests($"Too many requests; try again in {Math.Max(1, seconds)} s.").ExecuteAsync(http);
    }

    private static RateLimitPartition<string> PartitionOf(HttpContext http, RateLimitOptions limits, string? client)
    {
        string path = http.Request.Path.Value ?? string.Empty;
        if (limits.PublicPerMinute > 0 && (path.StartsWith("/api/public/", StringComparison.OrdinalIgnoreCase) || path.StartsWith("/status", StringComparison.OrdinalIgnoreCase)))
        {
            return PerMinute("public:" + client, limits.PublicPerMinute);
        }

        if (limits.IntakePerMinutePerKey > 0 && path.StartsWith("/api/intake/", StringComparison.OrdinalIgnoreCase))
        {
            // By the key's hash: the key itself never becomes a name in memory dumps or logs.
            string key = http.Request.Headers[CallerAuthenticator.KeyHeader].ToString();
            string who = key.Length > 0 ? Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16] : "anonymous:" + client;
            return PerMinute("intake:" + who, limits.IntakePerMinutePerKey);
        }

        return RateLimitPartition.GetNoLimiter(string.Empty);
    }

    private static RateLimitPartition<string> PerMinute(string partition, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
}
