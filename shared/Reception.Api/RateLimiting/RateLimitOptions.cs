namespace Reception.Api.RateLimiting;

/// <summary>Configuration section <c>Reception:RateLimits</c>; 0 switches a limit off.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "Reception:RateLimits";

    /// <summary>Requests per minute from one client address to the public status routes (<c>/api/public/…</c>, <c>/status…</c>).</summary>
    public int PublicPerMinute { get; set; } = 120;

    /// <summary>Intake requests per minute per API key (the portal, the call centre, the office).</summary>
    public int IntakePerMinutePerKey { get; set; } = 6000;
}
