using Reception.Storage.Tables;

namespace Reception.Storage.Tests.Tables;

public class TableReportCountersTests
{
    [Fact]
    public async Task R25_ConcurrentStepsCountOnceEach_AndTheQuarterSumsTheShards()
    {
        var counters = new TableReportCounters(AzuriteTables.Create());
        int year = 2030 + Random.Shared.Next(0, 60); // a quarter of its own
        var day = new DateOnly(year, 5, 12);
        string[] appeals = [.. Enumerable.Range(0, 40).Select(_ => Guid.NewGuid().ToString("N"))];

        // Every appeal's step is counted twice, concurrently: as an activity that runs again would.
        await Task.WhenAll(appeals.Concat(appeals).Select(a =>
            counters.AddAsync(day, a, "0001-registered", new Dictionary<string, long> { ["registered"] = 1, ["received.egov"] = 1 }, CancellationToken.None)));

        IReadOnlyDictionary<string, long> quarter = await counters.QuarterAsync(year, 2, CancellationToken.None);
        Assert.Equal(40, quarter["registered"]);
        Assert.Equal(40, quarter["received.egov"]);
        Assert.Empty(await counters.QuarterAsync(year, 3, CancellationToken.None));
    }
}
