using Azure.Data.Tables;
using Azure.Storage.Queues;

namespace Reception.EndToEnd.Infrastructure;

/// <summary>
/// What a host has written to its own tables (each test host has a table prefix of its own): appeals, intake claims, tracking codes, orchestration
/// instances of its task hub and messages of its outbox. Two equal snapshots mean a request
/// changed nothing.
/// </summary>
public sealed record StorageSnapshot(int AppealRows, int IntakeClaims, int TrackingCodes, int ScheduleDays, int Instances, int OutboxMessages)
{
    public static async Task<StorageSnapshot> TakeAsync(LocalHostProcess host)
    {
        var tables = new TableServiceClient(LocalHostProcess.StorageConnectionString);
        var queues = new QueueServiceClient(LocalHostProcess.StorageConnectionString);
        QueueClient outbox = queues.GetQueueClient(LocalHostProcess.OutboxQueueOf(host.TaskHub));
        int messages = await outbox.ExistsAsync() ? (await outbox.GetPropertiesAsync()).Value.ApproximateMessagesCount : 0;
        return new StorageSnapshot(
            await CountAsync(tables, host.TaskHub + "Appeals"),
            await CountAsync(tables, host.TaskHub + "Intake"),
            await CountAsync(tables, host.TaskHub + "Tracking"),
            await CountAsync(tables, host.TaskHub + "Schedule"),
            await CountAsync(tables, host.TaskHub + "Instances"),
            messages);
    }

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
