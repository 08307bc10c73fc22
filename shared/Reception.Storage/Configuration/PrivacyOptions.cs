namespace Reception.Storage.Configuration;

/// <summary>Configuration <c>Reception:Privacy:ApplicantKeySecret</c>: the key of the IIN hash in the applicant index.</summary>
/// <remarks>
/// Changing it makes earlier appeals invisible to the repeat check (R3), so it is set once per
/// deployment. The development default is public and must be replaced in production.
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
