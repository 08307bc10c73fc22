namespace Reception.Workflow.Appeals;

/// <summary>A message sent to the applicant, in the applicant's language (R18).</summary>
public sealed record NotificationRecord(string Id, string Kind, string Language, DateTimeOffset At);
