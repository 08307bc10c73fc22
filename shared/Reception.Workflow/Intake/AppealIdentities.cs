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
/// The key is set once per deployment (<c>Reception:Privacy:ApplicantKeySecret</c>): with another
/// key, repeats of earlier requests would become new appeals and earlier tracking codes would find
/// nothing. Two different requests whose codes collide (about once in 10^12 pairs) are told apart
/// by the stored externalId, and the later one takes the codes of its next attempt.
/// </remarks>
public sealed class AppealIdentities(string secret)
{
    /// <summary>How many code collisions in a row intake tolerates before it gives up.</summary>
    public const int MaxAttempts = 4;

    public const int TrackingCodeLength = 12;

    // No 0/O, 1/I/L look-alikes: the code is read out on the phone.
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private readonly byte[] key = Encoding.UTF8.GetBytes(secret);

    public IntakeIds For(string route, string externalId, int attempt)
    {
        string trackingCode = TrackingCode(route, externalId, attempt);
        return new IntakeIds(AppealIdOf(trackingCode), trackingCode);
    }

    /// <summary>The appeal id a tracking code stands for (whether or not such an appeal exists).</summary>
    public string AppealIdOf(string trackingCode) =>
        Convert.ToHexStringLower(Hash("appeal", trackingCode))[..32];

    /// <summary>Whether <paramref name="code"/> has the shape of a tracking code at all.</summary>
    public static bool IsWellFormed(string? code) =>
        code is { Length: TrackingCodeLength } && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal));

    private string TrackingCode(string route, string externalId, int attempt)
    {
        ulong value = BinaryPrimitives.ReadUInt64BigEndian(Hash("tracking", route, externalId, attempt.ToString(System.Globalization.CultureInfo.InvariantCulture)));
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
    private byte[] Hash(params string[] parts) =>
        HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(string.Join('\u001f', parts)));
}
