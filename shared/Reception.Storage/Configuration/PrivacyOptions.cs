namespace Reception.Storage.Configuration;

/// <summary>
/// Configuration <c>Reception:Privacy:ApplicantKeySecret</c>: the key of the IIN hash in the
/// applicant index and of the appeals' tracking codes and ids (<c>AppealIdentities</c>).
/// </summary>
/// <remarks>
/// Set once per deployment: changing it makes earlier appeals invisible to the repeat check (R3),
/// earlier tracking codes find nothing, and a repeat of an earlier request becomes a new appeal.
/// The development default is public and must be replaced in production.
/// </remarks>
public sealed class PrivacyOptions
{
    public const string Section = "Reception:Privacy";
    public const string DevelopmentSecret = "dev-applicant-key-secret";

    public string ApplicantKeySecret { get; set; } = DevelopmentSecret;

    /// <summary>Throws outside Development while the public development secret is in use.</summary>
    public void EnsureAllowed(string environmentName)
    {
        if (!string.Equals(environmentName, "Development", StringComparison.OrdinalIgnoreCase)
            && string.Equals(ApplicantKeySecret, DevelopmentSecret, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"Reception:Privacy:ApplicantKeySecret is the public development value in the '{environmentName}' environment: configure a secret of your own.");
        }
    }
}
