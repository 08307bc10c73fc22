using Reception.Workflow.Appeals;

namespace Reception.Workflow.Appeals.Events;

/// <summary>R16: the office has arranged the interpreter for the reception.</summary>
public sealed record InterpreterEvent(string Name, string Language) : IStaffEvent
{
    public string? ForStep { get; init; }

    public Actor? By { get; init; }
}
