namespace Reception.Domain.Appeals;

/// <summary>Where an appeal stands in the lifecycle of docs/regulation/rules.md; names as in docs/api.md (camelCase on the wire).</summary>
public enum AppealStatus
{
    Received,
    Registered,
    UnderReview,
    CentralBodyRequested,
    AwaitingDecision,
    Scheduled,
    ReceptionHeld,
    UnderControl,
    Closed,
    Refused,
    LeftWithoutConsideration,
    NoShow,
}
