using Reception.Workflow.Appeals;

namespace Reception.Workflow.Appeals.Events;

/// <summary>The head of apparatus decides on the Department's memo (§26).</summary>
public sealed record DecisionEvent(bool Approve, string? Reason) : IStaffEvent
{
    public string? ForStep { get; init; }

    public Actor? By { get; init; }
}
