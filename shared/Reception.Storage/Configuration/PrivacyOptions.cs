using Reception.Workflow.Intake;

namespace Reception.Storage.Configuration;

/// <summary>
/// Configuration <c>Reception:Privacy</c>: the master secrets from which the key of the IIN hash in
/// the applicant index and the key of the appeals' tracking codes and ids are derived, one per
/// purpose and version (<see cref="KeyRing"/>).
/// </summary>
/// <remarks>
/// <c>ApplicantKeySecret</c> is version 1. To rotate, add <c>Keys:2</c> (then 3, …) and make it
/// current with <c>CurrentKeyVersion</c>: new appeals use it, and earlier tracking codes, repeats
/// of earlier requests and earlier appeals in the R3 check are still found while their version
/// stays configured. Replacing a version's secret instead loses all of that for its appeals.
/// The development default is public and must be replaced in production.
/// </remarks>
public sealed class PrivacyOptions
{
    public const string Section = "Reception:Privacy";
    public const string DevelopmentSecret = "dev-applicant-key-secret";

    public string ApplicantKeySecret { get; set; } = DevelopmentSecret;

    /// <summary>Master secrets of versions 2 and later, by version number ("2": "…").</summary>
    public Dictionary<string, string> Keys { get; set; } = [];

    /// <summary>The version new appeals use; the highest configured when not set.</summary>
    public int? CurrentKeyVersion { get; set; }

    /// <summary>The configured versions as a <see cref="KeyRing"/>; throws naming the setting when one is malformed.</summary>
    public KeyRing ToKeyRing()
    {
        // A blank ApplicantKeySecret retires version 1 once a later version is configured.
        var masters = new Dictionary<int, string>();
        if (!string.IsNullOrEmpty(ApplicantKeySecret))
        {
            masters[KeyRing.LegacyVersion] = ApplicantKeySecret;
        }

        foreach ((string version, string secret) in Keys)
        {
            if (!int.TryParse(version, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int number) || number < 2)
            {
                throw new InvalidOperationException($"Reception:Privacy:Keys:{version}: a key version is a whole number from 2 (version 1 is ApplicantKeySecret).");
            }

            masters[number] = secret;
        }

        if (masters.Count == 0)
        {
            throw new InvalidOperationException("Reception:Privacy has no key: set ApplicantKeySecret (version 1) or Keys:<n>.");
        }

        return new KeyRing(masters, CurrentKeyVersion ?? masters.Keys.Max());
    }

    /// <summary>Throws outside Development while the public development secret is in use.</summary>
    public void EnsureAllowed(string environmentName)
    {
        _ = ToKeyRing(); // a malformed version or a current version without a secret stops the start
        if (!string.Equals(environmentName, "Development", StringComparison.OrdinalIgnoreCase)
            && (string.Equals(ApplicantKeySecret, DevelopmentSecret, StringComparison.Ordinal) || Keys.ContainsValue(DevelopmentSecret)))
        {
            throw new InvalidOperationException(
                $"Reception:Privacy:ApplicantKeySecret is the public development value in the '{environmentName}' environment: configure a secret of your own.");
        }

        if (!string.Equals(environmentName, "Development", StringComparison.OrdinalIgnoreCase)
            && Keys.Values.Append(ApplicantKeySecret).Where(k => !string.IsNullOrEmpty(k)).Any(k => k.Length < 32))
        {
            throw new InvalidOperationException($"A Reception:Privacy key has fewer than 32 characters in the '{environmentName}' environment.");
        }
    }
}
