using System.Net;
using System.Text.Json;
using Azure.Data.Tables;
using Reception.EndToEnd.Infrastructure;

namespace Reception.EndToEnd;

/// <summary>
/// Two local hosts on one task hub share the engine's partitions, and when one dies (SIGKILL) the
/// other takes its partitions and finishes its appeals: how the work spreads over machines, here
/// and on Azure (issue 15 item 5).
/// </summary>
public class TwoNodesTests
{
    private static readonly TimeSpan Shared = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan TakeOver = TimeSpan.FromSeconds(150);

    [Fact]
    public async Task TwoNodes_SharePartitions_AndTheSurvivorFinishesTheKilledNodesAppeals()
    {
        string taskHub = LocalHostProcess.NewTaskHub();
        LocalHostProcess first = await LocalHostProcess.StartAsync(taskHub);
        await using LocalHostProcess second = await LocalHostProcess.StartAsync(taskHub);
        try
        {
            // Both nodes own partitions once the second has joined (the engine balances the leases).
            IReadOnlySet<string> owners = await WaitForOwnersAsync(taskHub, count: 2, Shared);
            Assert.Equal(2, owners.Count);

            // Appeals taken in by the first node, which then dies before (or while) their workflows run.
            var appealIds = new List<string>();
            for (int i = 0; i < 6; i++)
            {
                (HttpStatusCode status, JsonElement reply) = await ReceptionApi.PostAsync(
                    first.Client, "/api/intake/call-center", ReceptionApi.AppealBody($"CC-2N-{i}-{Guid.NewGuid():N}"), "dev-callcenter");
                Assert.Equal(HttpStatusCode.Accepted, status);
                appealIds.Add(reply.GetProperty("appealId").GetString()!);
            }

            await first.KillAsync();

            // The survivor takes the dead node's partitions when its leases expire, and carries every appeal on.
            foreach (string id in appealIds)
            {
                JsonElement appeal = await ReceptionApi.WaitForStatusAsync(second.Client, id, "underReview", TakeOver);
                Assert.Single(appeal.GetProperty("history").EnumerateArray(), h => h.GetProperty("step").GetString() == "registered");
            }

            Assert.Single(await WaitForOwnersAsync(taskHub, count: 1, TakeOver));
        }
        finally
        {
            await first.DisposeAsync();
        }
    }

    // The distinct current owners of the task hub's partitions (the backend's table partition manager), once there are `count` of them.
    private static async Task<IReadOnlySet<string>> WaitForOwnersAsync(string taskHub, int count, TimeSpan within)
    {
        var table = new TableClient(LocalHostProcess.StorageConnectionString, taskHub + "Partitions");
        DateTime until = DateTime.UtcNow + within;
        HashSet<string> owners = [];
        while (DateTime.UtcNow < until)
        {
            owners = [];
            await foreach (TableEntity partition in table.QueryAsync<TableEntity>())
            {
                if (partition.GetString("CurrentOwner") is { Length: > 0 } owner && partition.GetDateTimeOffset("ExpiresAt") > DateTimeOffset.UtcNow)
                {
                    owners.Add(owner);
                }
            }

            if (owners.Count == count)
            {
                return owners;
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"After {within.TotalSeconds} s the partitions have {owners.Count} live owner(s) ({string.Join(", ", owners)}), not {count}.");
    }
}
