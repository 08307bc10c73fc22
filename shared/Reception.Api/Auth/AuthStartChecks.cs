using Reception.Workflow.Appeals;

namespace Reception.Api.Auth;

/// <summary>
/// What the service checks of <c>Reception:Auth</c> before it starts, in both hosts: outside
/// Development, no public development credential, no key short enough to guess, and the platform's
/// principal header trusted only where the platform's authentication puts it there.
/// </summary>
public static class AuthStartChecks
{
    /// <summary>The shortest key or webhook secret accepted outside Development (32 characters: e.g. <c>openssl rand -base64 32</c>).</summary>
    public const int MinimumSecretLength = 32;

    /// <summary>Throws, naming the setting, when the service must not start with these options.</summary>
    /// <param name="websiteAuthEnabled">The App Service's <c>WEBSITE_AUTH_ENABLED</c> ("True" when its authentication is switched on).</param>
    public static void Ensure(AuthOptions options, string environmentName, string? websiteAuthEnabled)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.TrustPlatformPrincipal && !string.Equals(websiteAuthEnabled, "true", StringComparison.OrdinalIgnoreCase))
        {
            // Without the platform in front, anyone can send X-MS-CLIENT-PRINCIPAL naming any role.
            throw new InvalidOperationException(
                "Reception:Auth:TrustPlatformPrincipal is on but App Service Authentication is not (WEBSITE_AUTH_ENABLED is not True): " +
                "the signed-in person's header could be forged. Switch the platform's authentication on, or the setting off.");
        }

        DevelopmentCredentials.EnsureAllowed(options, environmentName);
        if (IsDevelopment(environmentName))
        {
            return;
        }

        foreach ((string role, string[] keys) in options.Keys)
        {
            if (keys.FirstOrDefault(k => !string.IsNullOrEmpty(k) && k.Length < MinimumSecretLength) is { } shortKey)
            {
                throw new InvalidOperationException(
                    $"Reception:Auth:Keys:{role} holds a key of {shortKey.Length} characters; at least {MinimumSecretLength} outside Development.");
            }
        }

        if (options.EgovWebhookSecretList().Any(s => s.Length < MinimumSecretLength))
        {
            throw new InvalidOperationException($"An e-gov webhook secret (Reception:Auth:EgovWebhookSecret or EgovWebhookSecrets) has fewer than {MinimumSecretLength} characters.");
        }
    }

    /// <summary>Outside Development only machines use keys: the e-gov portal, the call centre's system and the operator's scripts.</summary>
    public static bool KeyMayActAs(string role, string environmentName) =>
        IsDevelopment(environmentName) || !Roles.Staff.Contains(role, StringComparer.Ordinal);

    public static bool IsDevelopment(string environmentName) =>
        string.Equals(environmentName, "Development", StringComparison.OrdinalIgnoreCase);
}
