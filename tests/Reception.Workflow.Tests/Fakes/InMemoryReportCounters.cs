using System.Collections.Concurrent;
using Reception.Workflow.Reports;

namespace Reception.Workflow.Tests.Fakes;

internal sealed class InMemoryReportCounters : IReportCounters
{
    private readonly ConcurrentDictionary<(int Year, int Quarter, string Name), long> totals = new();
    private readonly ConcurrentDictionary<string, bool> counted = new();

    public Task AddAsync(DateOnly day, string appealId, string stepKey, IReadOnlyDictionary<string, long> increments, CancellationToken cancellationToken)
    {
        if (counted.TryAdd($"{appealId}|{stepKey}", true))
        {
            foreach ((string name, long by) in increments)
            {
                totals.AddOrUpdate((day.Year, (day.Month + 2) / 3, name), by, (_, v) => v + by);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>A counter summed over every quarter.</summary>
    public long Total(string name) => totals.Where(t => t.Key.Name == name).Sum(t => t.Value);

    public Task<IReadOnlyDictionary<string, long>> QuarterAsync(int year, int quarter, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, long>>(totals.Where(t => t.Key.Year == year && t.Key.Quarter == quarter).ToDictionary(t => t.Key.Name, t => t.Value));
}
