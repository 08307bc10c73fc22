namespace Reception.Workflow.Appeals;

/// <summary>
/// R24 (§17): the bodies whose representatives take part in the akim's reception. Each id is also
/// the audience of its invitation (<see cref="Notifications.NotificationOptions.ParticipantEmails"/>)
/// and a value of the protocol's <c>attendance</c>.
/// </summary>
public static class ReceptionParticipants
{
    public const string Prosecutor = "prosecutor";
    public const string InternalAffairs = "internalAffairs";
    public const string AntiCorruption = "antiCorruption";
    public const string CourtsAdministration = "courtsAdministration";

    /// <summary>The official whose receptions they attend.</summary>
    public const string Akim = "akim";

    public static IReadOnlyList<string> All { get; } = [Prosecutor, InternalAffairs, AntiCorruption, CourtsAdministration];

    /// <summary>The body's name as the history and the invitation give it.</summary>
    public static string NameOf(string id) => id switch
    {
        Prosecutor => "the prosecutor's office",
        InternalAffairs => "the internal affairs bodies",
        AntiCorruption => "the anti-corruption agency",
        CourtsAdministration => "the courts' administration",
        _ => id,
    };

    public static bool ReceivesWith(string officialId) => string.Equals(officialId, Akim, StringComparison.OrdinalIgnoreCase);
}
