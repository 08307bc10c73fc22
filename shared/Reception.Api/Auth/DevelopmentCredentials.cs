using Reception.Workflow.Appeals;

namespace Reception.Api.Auth;

/// <summary>
/// The well-known development keys and secret of docs/api.md. They are public, so a service that
/// accepts them outside the Development environment is open to anyone: it refuses to start.
/// </summary>
public static class DevelopmentCredentials
{
    public const string EgovWebhookSecret = "dev-egov-secret";

    /// <summary>The development webhook secrets: the current one and the "next" one of a rotation.</summary>
    public static IReadOnlySet<string> EgovWebhookSecrets { get; } = new HashSet<string>([EgovWebhookSecret, EgovWebhookSecret + "-next"], StringComparer.Ordinal);

    public static IReadOnlySet<string> Keys { get; } = Roles.All.Select(r => "dev-" + r).ToHashSet(StringComparer.Ordinal);

    /// <summary>Throws when a development credential is configured outside the Development environment.</summary>
    public static void EnsureAllowed(AuthOptions options, string environmentName)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.Equals(environmentName, "Development", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        bool devKey = options.Keys.Values.Any(keys => keys.Any(Keys.Contains));
        bool devSecret = options.EgovWebhookSecretList().Any(EgovWebhookSecrets.Contains);
        bool devUsers = options.DevelopmentUsers.Count > 0;
        if (devKey || devSecret || devUsers)
        {
            throw new InvalidOperationException(
                $"The development API keys, webhook secret or sign-in users are configured in the '{environmentName}' environment. " +
                "They are public: configure real secrets (Reception:Auth) or run in Development.");
        }
    }
}
