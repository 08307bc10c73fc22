using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Reception.EndToEnd.Infrastructure;

/// <summary>Signs a webhook body as the e-gov portal does (docs/api.md "Conventions"): HMAC-SHA256 of "&lt;timestamp&gt;.&lt;body&gt;".</summary>
public static class EgovSigning
{
    public const string DevelopmentSecret = "dev-egov-secret";

    public static long Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    public static string Signature(string body, long timestamp, string secret = DevelopmentSecret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + "." + body)));

    /// <summary>Adds both headers to <paramref name="request"/>.</summary>
    public static void Sign(HttpRequestMessage request, string body, long timestamp, string secret = DevelopmentSecret)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Add("X-Signature-Timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("X-Signature", Signature(body, timestamp, secret));
    }
}
