namespace Reception.Workflow.Notifications;

/// <summary>Configuration section <c>Reception:Notifications</c>: where messages go.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Reception:Notifications";

    /// <summary>The e-gov portal's personal-cabinet callback, for appeals that came through the portal.</summary>
    public Uri? EgovCabinetUrl { get; set; }

    /// <summary>The SMS gateway, for applicants with a phone.</summary>
    public Uri? SmsGatewayUrl { get; set; }

    /// <summary>The e-mail relay, for applicants with an address and for staff.</summary>
    public Uri? EmailUrl { get; set; }

    /// <summary>Who receives escalations of missed deadlines.</summary>
    public string DepartmentHeadEmail { get; set; } = "department-head@akimat.local";

    /// <summary>Who receives central bodies' refusals (R11) and quarterly reports (R25).</summary>
    public string PresidentialAdministrationEmail { get; set; } = "appeals@administration.local";

    /// <summary>Who receives the quarterly report on the akim's behalf (R25).</summary>
    public string AkimEmail { get; set; } = "akim@akimat.local";

    /// <summary>
    /// Who receives the invitations to the akim's receptions (R24), by participant id
    /// (<c>prosecutor</c>, <c>internalAffairs</c>, <c>antiCorruption</c>, <c>courtsAdministration</c>).
    /// </summary>
    public Dictionary<string, string> ParticipantEmails { get; set; } = new(StringComparer.Ordinal)
    {
        ["prosecutor"] = "prosecutor@almaty-region.local",
        ["internalAffairs"] = "police@almaty-region.local",
        ["antiCorruption"] = "anticorruption@almaty-region.local",
        ["courtsAdministration"] = "courts@almaty-region.local",
    };

    /// <summary>How often a message is tried before it goes to the poison queue.</summary>
    public int MaxAttempts { get; set; } = 5;
}
