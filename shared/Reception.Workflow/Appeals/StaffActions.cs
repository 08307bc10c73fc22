namespace Reception.Workflow.Appeals;

/// <summary>
/// The staff actions of docs/api.md a workflow can wait for; each is also the name of the external
/// event it raises. An appeal accepts an action only while it waits for it (else 409).
/// </summary>
public static class StaffActions
{
    public const string Review = "review";
    public const string CentralBodyResponse = "centralBodyResponse";
    public const string Decision = "decision";
    public const string Reception = "reception";

    /// <summary>R16: the office arranges the interpreter before the reception.</summary>
    public const string Interpreter = "interpreter";

    /// <summary>The event name of the answer to instruction <paramref name="number"/>.</summary>
    public static string InstructionAnswer(int number) => $"instruction{number}";
}
