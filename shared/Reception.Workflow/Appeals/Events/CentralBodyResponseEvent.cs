using Reception.Workflow.Appeals;

namespace Reception.Workflow.Appeals.Events;

/// <summary>A central state body's answer to the request to take part (R10, R11).</summary>
public sealed record CentralBodyResponseEvent(bool Participates, string? Note) : IStaffEvent
{
    public string? ForStep { get; init; }

    public Actor? By { get; init; }
}
