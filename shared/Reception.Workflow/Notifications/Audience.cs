namespace Reception.Workflow.Notifications;

/// <summary>Who a message is for; the dispatcher looks up how to reach them.</summary>
public static class Audience
{
    public const string Applicant = "applicant";
    public const string DepartmentHead = "departmentHead";
    public const string PresidentialAdministration = "presidentialAdministration";
    public const string Akim = "akim";

    /// <summary>Messages to an address given with the request itself (a unit asked for materials, R26).</summary>
    public const string EmailPrefix = "email:";

    public static string Email(string address) => EmailPrefix + address;
}
