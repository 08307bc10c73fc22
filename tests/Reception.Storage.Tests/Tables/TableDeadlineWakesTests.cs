using Azure.Data.Tables;
using Reception.Storage.Tables;
using Reception.Workflow.Deadlines;

namespace Reception.Storage.Tests.Tables;

public class TableDeadlineWakesTests
{
    private static readonly DateTime Now = new(2026, 12, 3, 12, 0, 0, DateTimeKind.Utc);

    // Tables of this test's own (a prefix per instance): the due rows are all rows of the table.
    private readonly TableDeadlineWakes wakes = new(new ReceptionTables(
        new TableServiceClient(Environment.GetEnvironmentVariable("RECEPTION_TEST_STORAGE") is { Length: > 0 } cs ? cs : "UseDevelopmentStorage=true"),
        "w" + Guid.NewGuid().ToString("N")[..10]));

    [Fact]
    public async Task DueRows_AreThoseAtOrBeforeNow_EarliestFirst_AndABookingTwiceIsOneRow()
    {
        await wakes.BookAsync("later", Now.AddSeconds(1), CancellationToken.None);
        await wakes.BookAsync("second", Now.AddMinutes(-5), CancellationToken.None);
        await wakes.BookAsync("first", Now.AddDays(-2), CancellationToken.None);
        await wakes.BookAsync("first", Now.AddDays(-2), CancellationToken.None);
        await wakes.BookAsync("atNow", Now, CancellationToken.None);

        IReadOnlyList<DeadlineWake> due = await wakes.DueAsync(Now, 10, CancellationToken.None);

        Assert.Equal(["first", "second", "atNow"], due.Select(w => w.InstanceId));
        Assert.Equal(Now.AddDays(-2), due[0].WakeAtUtc);
        Assert.Equal(["first"], (await wakes.DueAsync(Now, 1, CancellationToken.None)).Select(w => w.InstanceId));
    }

    [Fact]
    public async Task ARemovedRow_IsNoLongerDue_ButOneBookedAgainSinceItWasRead_Stays()
    {
        await wakes.BookAsync("woken", Now.AddMinutes(-1), CancellationToken.None);
        await wakes.BookAsync("rebooked", Now.AddMinutes(-1), CancellationToken.None);
        IReadOnlyList<DeadlineWake> read = await wakes.DueAsync(Now, 10, CancellationToken.None);
        await wakes.BookAsync("rebooked", Now.AddMinutes(-1), CancellationToken.None);

        foreach (DeadlineWake wake in read)
        {
            await wakes.RemoveAsync(wake, CancellationToken.None);
        }

        await wakes.RemoveAsync(read[0], CancellationToken.None); // removing twice is harmless
        Assert.Equal(["rebooked"], (await wakes.DueAsync(Now, 10, CancellationToken.None)).Select(w => w.InstanceId));
    }
}
