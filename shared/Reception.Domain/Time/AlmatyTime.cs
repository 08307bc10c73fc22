using NodaTime;
using NodaTime.Extensions;

namespace Reception.Domain.Time;

/// <summary>
/// Local dates and instants of Kazakhstan, where every deadline of the regulation is counted.
/// </summary>
/// <remarks>
/// Uses the time-zone database (IANA <c>Asia/Almaty</c>), never a fixed offset: the zone is
/// UTC+5 since 00:00 on 1 March 2024 and was UTC+6 before, and instants from before the change
/// must keep their old offset.
/// </remarks>
public static class AlmatyTime
{
    /// <summary>The IANA zone of Almaty from NodaTime's embedded tzdb.</summary>
    public static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb["Asia/Almaty"];

    /// <summary>The local date in Almaty at <paramref name="instant"/>.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) =>
        instant.ToInstant().InZone(Zone).Date.ToDateOnly();

    /// <summary>The instant a local day of Almaty begins.</summary>
    public static DateTimeOffset StartOfDay(DateOnly date) =>
        date.ToLocalDate().AtStartOfDayInZone(Zone).ToDateTimeOffset();

    /// <summary>
    /// The last instant of a local day of Almaty: a deadline "by date D" is met up to this instant
    /// (docs/regulation/rules.md: "the deadline is the end of that local day").
    /// </summary>
    public static DateTimeOffset EndOfDay(DateOnly date) =>
        StartOfDay(date.AddDays(1)).AddTicks(-1);

    /// <summary>The instant expressed with Almaty's offset at that moment, for display.</summary>
    public static DateTimeOffset ToLocalOffset(DateTimeOffset instant) =>
        instant.ToInstant().InZone(Zone).ToDateTimeOffset();
}
