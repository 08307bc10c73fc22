namespace Reception.Domain.Schedule;

/// <summary>R12 (§6): the akim and every deputy receive at least once a month.</summary>
public static class MonthlyCoverage
{
    /// <summary>The officials among <paramref name="akimAndDeputies"/> with no reception day in the month: each is an R12 violation.</summary>
    public static IReadOnlyList<string> OfficialsWithoutReceptionDay(
        int year, int month, IEnumerable<string> akimAndDeputies, IEnumerable<ReceptionDay> days)
    {
        ArgumentNullException.ThrowIfNull(akimAndDeputies);
        ArgumentNullException.ThrowIfNull(days);
        var covered = days.Where(d => d.Date.Year == year && d.Date.Month == month).Select(d => d.OfficialId).ToHashSet(StringComparer.Ordinal);
        return akimAndDeputies.Where(o => !covered.Contains(o)).Distinct(StringComparer.Ordinal).ToList();
    }
}
