using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Reception.Workflow.Auth;

namespace Reception.Workflow.Http;

/// <summary>Checks the <c>X-Api-Key</c> header against the configured keys, and the e-gov webhook signature.</summary>
/// <remarks>
/// Keys are looked up by their SHA-256 hash, so the comparison time does not depend on how much
/// of a guessed key is right; the signature is compared with <see cref="CryptographicOperations.FixedTimeEquals"/>.
/// </remarks>
public sealed class ApiKeyAuthenticator
{
    public const string KeyHeader = "X-Api-Key";
    public const string SignatureHeader = "X-Signature";

    private readonly Dictionary<string, string> roleByKeyHash;
    private readonly byte[]? webhookSecret;

    public ApiKeyAuthenticator(IOptions<AuthOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        roleByKeyHash = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach ((string role, string[] keys) in options.Value.Keys)
        {
            foreach (string key in keys.Where(k => !string.IsNullOrEmpty(k)))
            {
                roleByKeyHash[Hash(key)] = role.ToLowerInvariant();
            }
        }

        webhookSecret = string.IsNullOrEmpty(options.Value.EgovWebhookSecret)
            ? null
            : Encoding.UTF8.GetBytes(options.Value.EgovWebhookSecret);
    }

    /// <summary>Null when the request carries a key of one of <paramref name="allowedRoles"/>; a 401 or 403 problem otherwise.</summary>
    public IResult? Require(HttpRequest request, params string[] allowedRoles)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? key = request.Headers[KeyHeader];
        if (string.IsNullOrEmpty(key))
        {
            return Problems.Unauthorized($"Send an API key in the {KeyHeader} header.");
        }

        if (!roleByKeyHash.TryGetValue(Hash(key), out string? role))
        {
            return Problems.Unauthorized("The API key is not recognised.");
        }

        return allowedRoles.Contains(role, StringComparer.Ordinal)
            ? null
            : Problems.Forbidden($"The role '{role}' may not call this route.");
    }

    /// <summary>Null when <c>X-Signature: sha256=&lt;hex&gt;</c> is the HMAC-SHA256 of the raw body with the portal's secret.</summary>
    public IResult? VerifyEgovSignature(HttpRequest request, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (webhookSecret is null)
        {
            return Problems.Unauthorized("The e-gov webhook secret is not configured on this service.");
        }

        string? header = request.Headers[SignatureHeader];
        const string prefix = "sha256=";
        if (header is null || !header.StartsWith(prefix, StringComparison.Ordinal))
        {
            return Problems.Unauthorized($"Send {SignatureHeader}: sha256=<hex HMAC-SHA256 of the body>.");
        }

        byte[] expected = Encoding.ASCII.GetBytes(Convert.ToHexStringLower(HMACSHA256.HashData(webhookSecret, body)));
        byte[] actual = Encoding.ASCII.GetBytes(header[prefix.Length..]);
        return CryptographicOperations.FixedTimeEquals(expected, actual)
            ? null
            : Problems.Unauthorized("The signature does not match the body.");
    }

    private static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
