using Azure.Data.Tables;
using Azure.Storage.Queues;

namespace Reception.EndToEnd.Infrastructure;

/// <summary>
/// What a host has written to its own tables (each test host has a table prefix of its own): appeals, schedule days,
/// orchestration instances of its task hub, workflow start requests and messages of its outbox. Two equal snapshots mean a request
/// changed nothing.
/// </summary>
public sealed record StorageSnapshot(int AppealRows, int ScheduleDays, int Instances, int StartRequests, int OutboxMessages)
{
    public static async Task<StorageSnapshot> TakeAsync(LocalHostProcess host)
    {
        var tables = new TableServiceClient(LocalHostProcess.StorageConnectionString);
        var queues = new QueueServiceClient(LocalHostProcess.StorageConnectionString);
        return new StorageSnapshot(
            await CountAsync(tables, host.TaskHub + "Appeals"),
            await CountAsync(tables, host.TaskHub + "Schedule"),
            await CountAsync(tables, host.TaskHub + "Instances"),
            await CountAsync(queues.GetQueueClient(LocalHostProcess.StartQueueOf(host.TaskHub))),
            await CountAsync(queues.GetQueueClient(LocalHostProcess.OutboxQueueOf(host.TaskHub))));
    }

    // Counts hidden (taken) messages too.
    private static async Task<int> CountAsync(QueueClient queue) =>
        await queue.ExistsAsync() ? (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount : 0;

    private static async Task<int> CountAsync(TableServiceClient tables, string table)
    {
        int count = 0;
        try
        {
            await foreach (TableEntity _ in tables.GetTableClient(table).QueryAsync<TableEntity>(select: ["PartitionKey"]))
            {
                count++;
            }
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 404)
        {
            // not created yet: nothing in it
        }

        return count;
    }
}
