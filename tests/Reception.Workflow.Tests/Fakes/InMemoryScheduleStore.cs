using System.Collections.Concurrent;
using Reception.Workflow.Schedule;

namespace Reception.Workflow.Tests.Fakes;

/// <summary>The schedule store's contract in memory, with ETags as version counters.</summary>
internal sealed class InMemoryScheduleStore : IScheduleStore
{
    private readonly ConcurrentDictionary<(string, DateOnly), ScheduledDay> days = new();
    private readonly Lock gate = new();
    private bool restrictive;
    private int version;

    public Task SaveDayAsync(ScheduledDay day, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            ScheduledDay? existing = days.GetValueOrDefault((day.OfficialId, day.Date));
            days[(day.OfficialId, day.Date)] = day with { Bookings = existing?.Bookings ?? [], AbsenceReason = existing?.AbsenceReason, ETag = (++version).ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }

        return Task.CompletedTask;
    }

    public Task<ScheduledDay?> FindDayAsync(string officialId, DateOnly date, CancellationToken cancellationToken) =>
        Task.FromResult(days.GetValueOrDefault((officialId, date)));

    public Task<IReadOnlyList<ScheduledDay>> DaysFromAsync(string? officialId, DateOnly from, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ScheduledDay>>([.. days.Values.Where(d => (officialId is null || d.OfficialId == officialId) && d.Date >= from).OrderBy(d => d.Date)]);

    public Task<IReadOnlyList<ScheduledDay>> MonthAsync(int year, int month, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ScheduledDay>>([.. days.Values.Where(d => d.Date.Year == year && d.Date.Month == month).OrderBy(d => d.Date)]);

    public Task<bool> TryReplaceBookingsAsync(ScheduledDay day, IReadOnlyList<DayBooking> bookings, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (!days.TryGetValue((day.OfficialId, day.Date), out ScheduledDay? current) || current.ETag != day.ETag)
            {
                return Task.FromResult(false);
            }

            days[(day.OfficialId, day.Date)] = current with { Bookings = bookings, ETag = (++version).ToString(System.Globalization.CultureInfo.InvariantCulture) };
            return Task.FromResult(true);
        }
    }

    public Task<bool> TryMarkAbsentAsync(ScheduledDay day, string reason, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (!days.TryGetValue((day.OfficialId, day.Date), out ScheduledDay? current) || current.ETag != day.ETag)
            {
                return Task.FromResult(false);
            }

            days[(day.OfficialId, day.Date)] = current with { AbsenceReason = reason, ETag = (++version).ToString(System.Globalization.CultureInfo.InvariantCulture) };
            return Task.FromResult(true);
        }
    }

    public Task<bool> RestrictiveMeasuresActiveAsync(CancellationToken cancellationToken) => Task.FromResult(restrictive);

    public Task<RestrictiveMeasuresState> RestrictiveMeasuresAsync(CancellationToken cancellationToken) => Task.FromResult(new RestrictiveMeasuresState(restrictive, null));

    public Task SetRestrictiveMeasuresAsync(bool active, string reason, CancellationToken cancellationToken)
    {
        restrictive = active;
        return Task.CompletedTask;
    }
}
