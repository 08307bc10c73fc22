using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Reception.Workflow.Intake;

/// <summary>
/// An appeal's tracking code and id, derived from its (intake route, externalId) with a keyed hash:
/// the same request always gets the same ids, so the appeal row itself is the idempotency claim
/// (one insert, no ledger), and the id follows from the tracking code, so the public status needs
/// no lookup table. Without the key neither can be guessed: the code carries 60 bits.
/// </summary>
/// <remarks>
/// The key is the tracking-code key of a <see cref="KeyRing"/> version: new appeals use the
/// current one (and store it); a tracking code or a repeated request of an earlier version is
/// still found while that version is configured. Two different requests whose codes collide
/// (about once in 10^12 pairs) are told apart by the stored externalId, and the later one takes
/// the codes of its next attempt.
/// </remarks>
public sealed class AppealIdentities(KeyRing keys)
{
    public AppealIdentities(string secret)
        : this(KeyRing.Single(secret))
    {
    }

    /// <summary>How many code collisions in a row intake tolerates before it gives up.</summary>
    public const int MaxAttempts = 4;

    public const int TrackingCodeLength = 12;

    // No 0/O, 1/I/L look-alikes: the code is read out on the phone.
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /// <summary>The key versions, the current first (<see cref="KeyRing.Versions"/>).</summary>
    public IReadOnlyList<int> Versions => keys.Versions;

    /// <summary>The ids of a request under the current key version.</summary>
    public IntakeIds For(string route, string externalId, int attempt) => For(route, externalId, attempt, keys.CurrentVersion);

    /// <summary>The ids the request had under key <paramref name="version"/>.</summary>
    public IntakeIds For(string route, string externalId, int attempt, int version)
    {
        string trackingCode = TrackingCode(route, externalId, attempt, version);
        return new IntakeIds(AppealIdOf(trackingCode, version), trackingCode, version);
    }

    /// <summary>The appeal id a tracking code stands for under the current key (whether or not such an appeal exists).</summary>
    public string AppealIdOf(string trackingCode) => AppealIdOf(trackingCode, keys.CurrentVersion);

    /// <summary>The appeal ids a tracking code may stand for, one per configured key version, the current first.</summary>
    public IReadOnlyList<string> AppealIdsOf(string trackingCode) => [.. keys.Versions.Select(v => AppealIdOf(trackingCode, v))];

    private string AppealIdOf(string trackingCode, int version) =>
        Convert.ToHexStringLower(Hash(version, "appeal", trackingCode))[..32];

    /// <summary>Whether <paramref name="code"/> has the shape of a tracking code at all.</summary>
    public static bool IsWellFormed(string? code) =>
        code is { Length: TrackingCodeLength } && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal));

    private string TrackingCode(string route, string externalId, int attempt, int version)
    {
        ulong value = BinaryPrimitives.ReadUInt64BigEndian(Hash(version, "tracking", route, externalId, attempt.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var code = new StringBuilder(TrackingCodeLength);
        for (int i = 0; i < TrackingCodeLength; i++)
        {
            code.Append(Alphabet[(int)(value % (ulong)Alphabet.Length)]);
            value /= (ulong)Alphabet.Length;
        }

        return code.ToString();
    }

    // Labelled by purpose, so the two hashes never mix. Unambiguous although externalId is free
    // text: the label and the route come from fixed lists and the attempt has no separator in it.
    private byte[] Hash(int version, params string[] parts) =>
        HMACSHA256.HashData(keys.KeyFor(KeyPurpose.TrackingCodes, version), Encoding.UTF8.GetBytes(string.Join('\u001f', parts)));
}
