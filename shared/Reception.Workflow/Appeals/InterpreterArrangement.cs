namespace Reception.Workflow.Appeals;

/// <summary>
/// R16: an interpreter for the applicant's reception: requested with the language when the
/// appeal is scheduled, due the working day before the reception, arranged by the office.
/// </summary>
/// <param name="Language">The language named by the applicant, or null when they did not name it (the office asks).</param>
/// <param name="Due">The working day before the reception: the interpreter is arranged by then.</param>
/// <param name="Name">Who interprets; null until arranged.</param>
public sealed record InterpreterArrangement(string? Language, DateOnly Due, string? Name = null)
{
    public bool IsArranged => Name is not null;
}
