using Reception.Workflow.Appeals;

namespace Reception.Workflow.Appeals.Events;

/// <summary>A central state body's answer to the request to take part (R10, R11).</summary>
public sealed record CentralBodyResponseEvent(bool Participates, string? Note) : IStaffEvent
{
    public string? ForStep { get; init; }

    public Actor? By { get; init; }

    /// <summary>R11: the day the refusal's report to the Presidential Administration is due (null when the body takes part).</summary>
    public DateOnly? ReportDue { get; init; }

    /// <summary>R11: the refusal was recorded after its report was due; the miss is recorded and escalated.</summary>
    public bool ReportLate { get; init; }
}
