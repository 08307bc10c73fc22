using Reception.Storage.Tables;

namespace Reception.Storage.Tests.Tables;

public class TableStartClaimsTests
{
    [Fact]
    public async Task TryClaim_TwelveStartersAtOnce_LetsExactlyOneThrough()
    {
        var claims = new TableStartClaims(AzuriteTables.Create(), TimeProvider.System);
        string appealId = Guid.NewGuid().ToString("N");

        bool[] taken = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => claims.TryClaimAsync(appealId, TimeSpan.FromMinutes(1), CancellationToken.None)));

        Assert.Single(taken, t => t);
    }

    [Fact]
    public async Task TryClaim_AfterTheLeaseOfAStarterThatDied_IsTakenOverOnce()
    {
        var claims = new TableStartClaims(AzuriteTables.Create(), TimeProvider.System);
        string appealId = Guid.NewGuid().ToString("N");
        Assert.True(await claims.TryClaimAsync(appealId, TimeSpan.FromMinutes(1), CancellationToken.None));
        await Task.Delay(50);

        bool[] takenOver = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => claims.TryClaimAsync(appealId, TimeSpan.FromMilliseconds(10), CancellationToken.None)));

        Assert.Single(takenOver, t => t);
    }
}
