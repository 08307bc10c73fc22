namespace Reception.Workflow.Appeals;

/// <summary>A message sent to the applicant, in the applicant's language (R18).</summary>
public sealed record NotificationRecord(string Id, string Kind, string Language, DateTimeOffset At)
{
    /// <summary>The words sent, as rendered when the step was recorded (null in rows written before texts were kept).</summary>
    public string? Text { get; init; }
}
