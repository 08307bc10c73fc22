using Reception.Storage.Tables;
using Reception.Workflow.Ports;

namespace Reception.Storage.Tests.Tables;

public class TableIntakeLedgerTests
{
    [Fact]
    public async Task ClaimAsync_TwentyConcurrentClaims_OneWinsAndAllSeeIt()
    {
        var ledger = new TableIntakeLedger(AzuriteTables.Create());
        string externalId = "EGOV/2026#" + Guid.NewGuid().ToString("N"); // characters a row key cannot hold

        IntakeClaim[] claims = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            ledger.ClaimAsync("egov", externalId, new IntakeClaim($"appeal{i}", $"code{i}", true), CancellationToken.None)));

        Assert.Single(claims, c => c.IsNew);
        Assert.Single(claims.Select(c => c.AppealId).Distinct());
    }
}
