namespace Reception.Workflow.Auth;

/// <summary>Configuration section <c>Reception:Auth</c>: API keys per role and the e-gov webhook secret.</summary>
/// <remarks>
/// Keys are listed per role (<c>Reception:Auth:Keys:office:0</c>), so a key can be rotated by
/// adding the new one beside the old one for a while.
/// </remarks>
public sealed class AuthOptions
{
    public const string Section = "Reception:Auth";

    public Dictionary<string, string[]> Keys { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public string? EgovWebhookSecret { get; set; }
}
