using Reception.Workflow.Appeals;

namespace Reception.Workflow.Worklists;

/// <summary>The worklists of docs/api.md ("Worklists"), and which roles may list each.</summary>
public static class WorklistKinds
{
    public const string InstructionAnswer = "instructionAnswer";
    public const string Survey = "survey";

    public static IReadOnlyList<string> All { get; } =
        [StaffActions.Review, StaffActions.CentralBodyResponse, StaffActions.Decision, StaffActions.Interpreter, StaffActions.Reception, InstructionAnswer, Survey];

    /// <summary>Each role lists what it acts on; the office and the Department list everything.</summary>
    public static string[] RolesFor(string awaiting) => awaiting switch
    {
        StaffActions.Decision => [Roles.Office, Roles.Department, Roles.Head],
        StaffActions.Reception => [Roles.Office, Roles.Department, Roles.Official],
        _ => [Roles.Office, Roles.Department],
    };
}
