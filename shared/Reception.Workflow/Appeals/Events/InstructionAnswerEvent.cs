using Reception.Workflow.Appeals;

namespace Reception.Workflow.Appeals.Events;

/// <summary>An executor's answer to one instruction; only a final one ends its control (R20).</summary>
public sealed record InstructionAnswerEvent(string Executor, string Answer, bool Final)
{
    /// <summary>Who recorded the answer (docs/api.md "Who acted").</summary>
    public Actor? By { get; init; }
}
