using Reception.Storage.Tables;

namespace Reception.Storage.Tests.Tables;

public class TableRegistrationNumbersTests
{
    [Fact]
    public async Task R4_ConcurrentAppeals_GetDistinctNumbersWithoutGaps()
    {
        var numbers = new TableRegistrationNumbers(AzuriteTables.Create());
        int year = 3000 + Random.Shared.Next(1, 5000); // a sequence of its own
        string[] appeals = [.. Enumerable.Range(0, 20).Select(_ => Guid.NewGuid().ToString("N"))];

        string[] issued = await Task.WhenAll(appeals.Select(a => numbers.IssueAsync(a, year, CancellationToken.None)));

        Assert.Equal(
            Enumerable.Range(1, 20).Select(n => $"RCP-{year}-{n:D6}").Order(),
            issued.Order());
    }

    [Fact]
    public async Task R4_SameAppealAgain_GetsTheSameNumber()
    {
        var numbers = new TableRegistrationNumbers(AzuriteTables.Create());
        int year = 3000 + Random.Shared.Next(5001, 9999);
        string appeal = Guid.NewGuid().ToString("N");

        string[] issued = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => numbers.IssueAsync(appeal, year, CancellationToken.None)));

        Assert.Equal([$"RCP-{year}-000001"], issued.Distinct());
        // The repeats consumed no number: the next appeal gets the next one.
        Assert.Equal($"RCP-{year}-000002", await numbers.IssueAsync(Guid.NewGuid().ToString("N"), year, CancellationToken.None));
    }
}
