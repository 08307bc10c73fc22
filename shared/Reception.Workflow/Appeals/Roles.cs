
namespace Reception.Workflow.Appeals;

/// <summary>The roles of docs/api.md; each API key maps to exactly one.</summary>
public static class Roles
{
    public const string Egov = "egov";
    public const string CallCenter = "callcenter";
    public const string Office = "office";
    public const string Department = "department";
    public const string Head = "head";
    public const string Official = "official";
    public const string Reports = "reports";

    /// <summary>The service's operator (IT): moves poisoned messages back after fixing their cause (docs/runbook.md).</summary>
    public const string Operator = "operator";

    public static IReadOnlyList<string> All { get; } = [Egov, CallCenter, Office, Department, Head, Official, Reports, Operator];

    /// <summary>Every staff role: people, who sign in as themselves outside Development (no keys).</summary>
    public static IReadOnlyList<string> Staff { get; } = [Office, Department, Head, Official, Reports];

    /// <summary>
    /// The staff who handle appeals and so read them, each with the applicant's data their work
    /// needs (README "Who sees what"). Not <see cref="Reports"/>: it reads counts, never an appeal.
    /// </summary>
    public static IReadOnlyList<string> AppealReaders { get; } = [Office, Department, Head, Official];
}
