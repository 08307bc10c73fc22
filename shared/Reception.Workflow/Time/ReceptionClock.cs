using System.Globalization;
using Reception.Domain.Time;

namespace Reception.Workflow.Time;

/// <summary>
/// The one clock of the service: real time, or real time compressed so that a day passes in
/// minutes (demos, training, end-to-end tests of every deadline).
/// </summary>
/// <remarks>
/// Simulated time is <c>start + (real elapsed) × (1 day / DayLength)</c>, anchored when the
/// service starts. Durable timers run on real time, so a deadline computed on this clock is
/// turned into a timer with <see cref="ToRealTime"/>. A restarted host re-anchors the clock at
/// its configured start: a demo that needs continuity across restarts leaves Start empty.
/// </remarks>
public sealed class ReceptionClock : TimeProvider
{
    private readonly TimeProvider realClock;
    private readonly DateTimeOffset realAnchor;
    private readonly DateTimeOffset simulatedAnchor;
    private readonly double speed;

    public ReceptionClock(TimeProvider realClock, ClockOptions options)
    {
        ArgumentNullException.ThrowIfNull(realClock);
        ArgumentNullException.ThrowIfNull(options);
        if (options.DayLength <= TimeSpan.Zero)
        {
            throw new ArgumentException("Reception:Clock:DayLength must be positive.", nameof(options));
        }

        this.realClock = realClock;
        DayLength = options.DayLength;
        speed = TimeSpan.FromDays(1) / options.DayLength;
        realAnchor = realClock.GetUtcNow();
        simulatedAnchor = ParseStart(options.Start) ?? realAnchor;
    }

    /// <summary>How long a simulated day lasts in real time.</summary>
    public TimeSpan DayLength { get; }

    /// <summary>True when days pass faster than in reality.</summary>
    public bool IsCompressed => speed != 1.0 || simulatedAnchor != realAnchor;

    public override DateTimeOffset GetUtcNow() =>
        simulatedAnchor + ((realClock.GetUtcNow() - realAnchor) * speed);

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <summary>Now in real time, whatever this clock shows: durable timers and wake rows are kept in it.</summary>
    public DateTimeOffset RealNow => realClock.GetUtcNow();

    /// <summary>The local date in Almaty now, on this clock.</summary>
    public DateOnly Today => AlmatyTime.DateOf(GetUtcNow());

    /// <summary>The real instant at which this clock shows <paramref name="simulated"/>: where a durable timer must fire.</summary>
    public DateTimeOffset ToRealTime(DateTimeOffset simulated) =>
        realAnchor + ((simulated - simulatedAnchor) / speed);

    /// <summary>How long, in real time, until this clock shows <paramref name="simulated"/> (zero if it already has).</summary>
    public TimeSpan RealTimeUntil(DateTimeOffset simulated)
    {
        TimeSpan wait = ToRealTime(simulated) - realClock.GetUtcNow();
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }

    private static DateTimeOffset? ParseStart(string? start)
    {
        if (string.IsNullOrWhiteSpace(start))
        {
            return null;
        }

        if (DateOnly.TryParseExact(start, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            return AlmatyTime.StartOfDay(date);
        }

        if (DateTimeOffset.TryParse(start, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTimeOffset instant))
        {
            return instant.ToUniversalTime();
        }

        throw new FormatException($"Reception:Clock:Start '{start}' is neither a date (yyyy-MM-dd) nor an instant with offset.");
    }
}
