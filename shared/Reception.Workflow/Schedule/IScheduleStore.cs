namespace Reception.Workflow.Schedule;

/// <summary>Reception days and their bookings, keyed by official and date; and the restrictive-measures switch (R17).</summary>
public interface IScheduleStore
{
    /// <summary>Adds the day, or replaces what the office keeps of it (hours, mode, place, connection), keeping its bookings and its absence (R14).</summary>
    Task SaveDayAsync(ScheduledDay day, CancellationToken cancellationToken);

    Task<ScheduledDay?> FindDayAsync(string officialId, DateOnly date, CancellationToken cancellationToken);

    /// <summary>The official's reception days (every official's when null) from <paramref name="from"/> on, in date order.</summary>
    Task<IReadOnlyList<ScheduledDay>> DaysFromAsync(string? officialId, DateOnly from, CancellationToken cancellationToken);

    /// <summary>Every official's reception days in a month, for the published schedule.</summary>
    Task<IReadOnlyList<ScheduledDay>> MonthAsync(int year, int month, CancellationToken cancellationToken);

    /// <summary>Replaces the day's bookings if nobody changed the day since it was read (its ETag); false otherwise.</summary>
    Task<bool> TryReplaceBookingsAsync(ScheduledDay day, IReadOnlyList<DayBooking> bookings, CancellationToken cancellationToken);

    /// <summary>Marks the day as one the official cannot receive on (R14), if it has not changed since read (ETag).</summary>
    Task<bool> TryMarkAbsentAsync(ScheduledDay day, string reason, CancellationToken cancellationToken);

    Task<bool> RestrictiveMeasuresActiveAsync(CancellationToken cancellationToken);

    /// <summary>The measures as the head last set them (inactive when never set).</summary>
    Task<RestrictiveMeasuresState> RestrictiveMeasuresAsync(CancellationToken cancellationToken);

    Task SetRestrictiveMeasuresAsync(bool active, string reason, CancellationToken cancellationToken);
}
