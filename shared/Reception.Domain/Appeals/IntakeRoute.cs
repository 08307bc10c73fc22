namespace Reception.Domain.Appeals;

/// <summary>The three intake routes of API.md. The office route covers paper, courier and oral requests.</summary>
public enum IntakeRoute
{
    Egov,
    CallCenter,
    Office,
}
