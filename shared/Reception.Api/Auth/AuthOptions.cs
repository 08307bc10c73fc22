
namespace Reception.Api.Auth;

/// <summary>Configuration section <c>Reception:Auth</c>: who may call, and how they prove it.</summary>
/// <remarks>
/// Keys are listed per role (<c>Reception:Auth:Keys:office:0</c>), so a key can be rotated by
/// adding the new one beside the old one for a while. Machine clients (e-gov, call centre) and
/// scripts use keys; people sign in (docs/api.md "Who acted").
/// </remarks>
public sealed class AuthOptions
{
    public const string Section = "Reception:Auth";

    public Dictionary<string, string[]> Keys { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public string? EgovWebhookSecret { get; set; }

    /// <summary>
    /// More e-gov webhook secrets accepted beside <see cref="EgovWebhookSecret"/>: during a rotation
    /// the new and the old one are both valid, so the portal switches without a cut-over (runbook).
    /// </summary>
    public string[] EgovWebhookSecrets { get; set; } = [];

    /// <summary>Every configured webhook secret, the single setting first.</summary>
    public IReadOnlyList<string> EgovWebhookSecretList() =>
        [.. new[] { EgovWebhookSecret }.Concat(EgovWebhookSecrets).Where(s => !string.IsNullOrEmpty(s)).Select(s => s!)];

    /// <summary>
    /// Trust the <c>X-MS-CLIENT-PRINCIPAL</c> header that App Service Authentication (Microsoft Entra
    /// ID) puts on signed-in requests. Only true where the platform's authentication is switched on
    /// (infra/main.bicep sets both together): anywhere else the header could be forged by the caller.
    /// </summary>
    public bool TrustPlatformPrincipal { get; set; }

    /// <summary>Development only: the people one may sign in as on the local sign-in page.</summary>
    public List<DevelopmentUser> DevelopmentUsers { get; set; } = [];
}
