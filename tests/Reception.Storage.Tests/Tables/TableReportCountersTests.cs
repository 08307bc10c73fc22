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

    [Fact]
    public async Task R25_ManyCountersWithFreeTextNames_SurviveInOneShardEntity()
    {
        var counters = new TableReportCounters(AzuriteTables.Create());
        int year = 2100 + Random.Shared.Next(0, 60);
        // officials' ids and rule names are free text; 2,000 of them are more than one string property holds
        Dictionary<string, long> many = Enumerable.Range(0, 2000)
            .ToDictionary(i => $"receptions.official «Әкім орынбасары» №{i} / {new string('x', 30)}", i => (long)i + 1);

        await counters.AddAsync(new DateOnly(year, 1, 20), "one-appeal", "0002-held", many, CancellationToken.None);
        await counters.AddAsync(new DateOnly(year, 1, 21), "one-appeal", "0003-closed", new Dictionary<string, long> { [many.Keys.First()] = 10 }, CancellationToken.None);

        IReadOnlyDictionary<string, long> quarter = await counters.QuarterAsync(year, 1, CancellationToken.None);
        Assert.Equal(2000, quarter.Count);
        Assert.Equal(11, quarter[many.Keys.First()]);
        Assert.All(many.Skip(1), kv => Assert.Equal(kv.Value, quarter[kv.Key]));
    }
}
