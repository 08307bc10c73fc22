using Microsoft.Extensions.Configuration;

namespace Reception.Workflow.Notifications;

/// <summary>
/// Where applicants follow their appeal (configuration <c>Reception:PublicBaseUrl</c>, the service's
/// public address): every message to an applicant names the page with their tracking code.
/// </summary>
public sealed record PublicPage(string BaseUrl)
{
    public const string Setting = "Reception:PublicBaseUrl";

    /// <summary>The local host's address: what a development run serves.</summary>
    public const string DevelopmentBaseUrl = "http://127.0.0.1:7071";

    public static PublicPage FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        string url = configuration[Setting] is { Length: > 0 } configured ? configured : DevelopmentBaseUrl;
        return Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? new PublicPage(url.TrimEnd('/'))
            : throw new InvalidOperationException($"{Setting} must be an absolute http(s) address, e.g. https://reception.example.kz; it is '{url}'.");
    }

    /// <summary>The applicant's page for a tracking code.</summary>
    public string LinkTo(string trackingCode) => $"{BaseUrl}/status/{Uri.EscapeDataString(trackingCode)}";
}
