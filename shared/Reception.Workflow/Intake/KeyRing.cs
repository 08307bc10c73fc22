using System.Security.Cryptography;
using System.Text;

namespace Reception.Workflow.Intake;

/// <summary>What a derived key is for: each purpose has its own key, so one never stands in for another.</summary>
public enum KeyPurpose
{
    /// <summary>Tracking codes and the appeal ids that follow from them (<see cref="AppealIdentities"/>).</summary>
    TrackingCodes,

    /// <summary>The keyed IIN hash of the applicant index (R3).</summary>
    ApplicantIndex,
}

/// <summary>
/// The service's secret keys: one master secret per version (<c>Reception:Privacy</c>), and from
/// it one key per purpose and version (HKDF-SHA256, info <c>reception/&lt;purpose&gt;/v&lt;n&gt;</c>;
/// version 1, the original secret, keys both purposes as it always did). New
/// appeals and index rows use the current version and store it; earlier versions stay readable
/// while configured, so a key is rotated by adding a version, never by replacing one
/// (docs/runbook.md "Rotate a secret").
/// </summary>
public sealed class KeyRing
{
    /// <summary>The version of <c>ApplicantKeySecret</c>: its secret keys both purposes directly (compatibility).</summary>
    public const int LegacyVersion = 1;

    private readonly Dictionary<int, byte[]> masters;
    private readonly Dictionary<(KeyPurpose, int), byte[]> derived = [];

    public KeyRing(IReadOnlyDictionary<int, string> masterSecrets, int currentVersion)
    {
        ArgumentNullException.ThrowIfNull(masterSecrets);
        if (!masterSecrets.TryGetValue(currentVersion, out string? current) || string.IsNullOrEmpty(current))
        {
            throw new ArgumentException($"Key version {currentVersion} is current but has no secret.", nameof(currentVersion));
        }

        masters = masterSecrets.Where(m => !string.IsNullOrEmpty(m.Value)).ToDictionary(m => m.Key, m => Encoding.UTF8.GetBytes(m.Value));
        CurrentVersion = currentVersion;
        Versions = [currentVersion, .. masters.Keys.Where(v => v != currentVersion).OrderDescending()];
        foreach (int version in Versions)
        {
            foreach (KeyPurpose purpose in Enum.GetValues<KeyPurpose>())
            {
                // Version 1 is the secret itself for both purposes, as every appeal stored before
                // versions was keyed: deriving it anew would orphan their tracking codes, ids and
                // R3 index rows. From version 2 each purpose has its own derived key.
                string info = $"reception/{purpose}/v{version}";
                derived[(purpose, version)] = version == LegacyVersion
                    ? masters[version]
                    : HKDF.DeriveKey(HashAlgorithmName.SHA256, masters[version], 32, salt: [], info: Encoding.UTF8.GetBytes(info));
            }
        }
    }

    /// <summary>The version new appeals and index rows use.</summary>
    public int CurrentVersion { get; }

    /// <summary>Every configured version, the current first, then the newer before the older.</summary>
    public IReadOnlyList<int> Versions { get; }

    /// <summary>A ring of one version (1): tests and a deployment that has never rotated.</summary>
    public static KeyRing Single(string secret) => new(new Dictionary<int, string> { [1] = secret }, 1);

    public byte[] KeyFor(KeyPurpose purpose, int version) =>
        derived.TryGetValue((purpose, version), out byte[]? key) ? key : throw new ArgumentOutOfRangeException(nameof(version), $"Key version {version} is not configured.");
}
