namespace Reception.Workflow.Time;

/// <summary>Configuration section <c>Reception:Clock</c> (docs/api.md "Clock").</summary>
public sealed class ClockOptions
{
    public const string Section = "Reception:Clock";

    /// <summary>How long one simulated day lasts in real time; <c>1.00:00:00</c> means real time.</summary>
    public TimeSpan DayLength { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// Where the simulated clock starts: a local date (<c>2026-03-20</c>, its start in Almaty) or
    /// an instant with offset. Empty means now.
    /// </summary>
    public string? Start { get; set; }
}
