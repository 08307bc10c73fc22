namespace Reception.Domain.Appeals;

/// <summary>The three intake routes of docs/api.md. The office route covers paper, courier and oral requests.</summary>
public enum IntakeRoute
{
    Egov,
    CallCenter,
    Office,
}
