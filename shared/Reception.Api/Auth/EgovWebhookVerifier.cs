using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Reception.Api.Http;

namespace Reception.Api.Auth;

/// <summary>
/// The e-gov portal's webhook signature (docs/api.md "Conventions"): <c>X-Signature-Timestamp</c>
/// (Unix seconds) and <c>X-Signature: sha256=&lt;hex HMAC-SHA256 of "&lt;timestamp&gt;.&lt;raw body&gt;"&gt;</c>
/// under any of the configured secrets, so the portal can move to a new secret while the old one
/// is still accepted. A timestamp more than <see cref="Window"/> from now is refused, and so is a
/// signature of a request already taken in: a captured request cannot be sent again.
/// </summary>
/// <remarks>
/// Real time, not the reception clock (which tests compress). The replay memory is this node's;
/// a replay that reaches another node within the window is answered as a repeat of the same
/// request (intake is idempotent by the portal's externalId), so it still changes nothing.
/// </remarks>
public sealed class EgovWebhookVerifier
{
    public const string SignatureHeader = "X-Signature";
    public const string TimestampHeader = "X-Signature-Timestamp";

    /// <summary>How far the signed timestamp may be from the service's time, either way.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    // Bounded memory: past half of it the expired signatures are forgotten; at the cap new
    // requests wait (429) rather than old signatures being forgotten early.
    private const int MaxRemembered = 100_000;

    private readonly byte[][] secrets;
    private readonly TimeProvider time;
    private readonly ConcurrentDictionary<string, DateTimeOffset> accepted = new(StringComparer.Ordinal);

    public EgovWebhookVerifier(IOptions<AuthOptions> options)
        : this(options, TimeProvider.System)
    {
    }

    public EgovWebhookVerifier(IOptions<AuthOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        secrets = [.. options.Value.EgovWebhookSecretList().Select(Encoding.UTF8.GetBytes)];
        this.time = time;
    }

    /// <summary>Null when the request is signed now by the portal and was not seen before; a 401/409 problem otherwise.</summary>
    public IResult? Verify(HttpRequest request, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(body);
        if (secrets.Length == 0)
        {
            return Problems.Unauthorized("The e-gov webhook secret is not configured on this service.");
        }

        string? stamp = request.Headers[TimestampHeader];
        DateTimeOffset now = time.GetUtcNow();
        if (SignedAt(request) is not { } signedAt)
        {
            return Problems.Unauthorized($"Send {TimestampHeader}: the Unix time in seconds at which the request was signed.");
        }

        if ((now - signedAt).Duration() > Window)
        {
            return Problems.Unauthorized($"The signature's timestamp is more than {Window.TotalMinutes:0} minutes from the service's time ({now:O}).");
        }

        string? header = request.Headers[SignatureHeader];
        const string prefix = "sha256=";
        if (header is null || !header.StartsWith(prefix, StringComparison.Ordinal))
        {
            return Problems.Unauthorized($"Send {SignatureHeader}: sha256=<hex HMAC-SHA256 of \"<timestamp>.<body>\">.");
        }

        byte[] actual = Encoding.ASCII.GetBytes(header[prefix.Length..]);
        byte[] signed = [.. Encoding.ASCII.GetBytes(stamp + "."), .. body];
        if (!secrets.Any(secret => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Convert.ToHexStringLower(HMACSHA256.HashData(secret, signed))), actual)))
        {
            return Problems.Unauthorized("The signature does not match the timestamp and the body.");
        }

        if (accepted.ContainsKey(header))
        {
            return Problems.Conflict("This signed request was already received: sign each attempt anew, with its own timestamp.");
        }

        Forget(now);
        return accepted.Count >= MaxRemembered
            ? Problems.TooManyRequests("Too many signed requests within the signature window; try again shortly.")
            : null;
    }

    /// <summary>
    /// Marks the request's signature as used, once intake has taken the request in: an attempt that
    /// failed (503) may be sent again as it was; one that succeeded may not.
    /// </summary>
    public void Remember(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? header = request.Headers[SignatureHeader];
        if (header is not null && SignedAt(request) is { } signedAt)
        {
            accepted.TryAdd(header, signedAt);
        }
    }

    // The signed Unix time, or null when absent or not a time (beyond year 3000 is not one).
    private static DateTimeOffset? SignedAt(HttpRequest request) =>
        long.TryParse(request.Headers[TimestampHeader], NumberStyles.None, CultureInfo.InvariantCulture, out long seconds) && seconds <= 32_503_680_000
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    // Drops what can no longer be replayed (its timestamp is out of the window anyway).
    private void Forget(DateTimeOffset now)
    {
        if (accepted.Count < MaxRemembered / 2)
        {
            return;
        }

        foreach ((string signature, DateTimeOffset signedAt) in accepted)
        {
            if ((now - signedAt).Duration() > Window)
            {
                accepted.TryRemove(signature, out _);
            }
        }
    }
}
