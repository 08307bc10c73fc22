using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Reception.Api.Http;

/// <summary>A result with a <c>Retry-After</c> header (seconds) in front of it.</summary>
public sealed class RetryAfterResult(IResult inner, int seconds) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return inner.ExecuteAsync(httpContext);
    }
}
