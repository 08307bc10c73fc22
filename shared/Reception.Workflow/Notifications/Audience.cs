namespace Reception.Workflow.Notifications;

/// <summary>Who a message is for; the dispatcher looks up how to reach them.</summary>
public static class Audience
{
    public const string Applicant = "applicant";
    public const string DepartmentHead = "departmentHead";
    public const string PresidentialAdministration = "presidentialAdministration";
    public const string Akim = "akim";
}
