using Azure;
using Azure.Data.Tables;
using Reception.Workflow.Notifications;

namespace Reception.Storage.Tables;

/// <summary>Sent notification ids, partitioned by appeal (the id starts with the appeal id).</summary>
public sealed class TableSentNotifications(ReceptionTables tables) : ISentNotifications
{
    public async Task<bool> WasSentAsync(string notificationId, CancellationToken cancellationToken)
    {
        TableClient table = await tables.GetAsync(ReceptionTables.SentTable);
        return (await table.GetEntityIfExistsAsync<TableEntity>(Partition(notificationId), notificationId, cancellationToken: cancellationToken)).HasValue;
    }

    public async Task MarkSentAsync(string notificationId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        TableClient table = await tables.GetAsync(ReceptionTables.SentTable);
        try
        {
            await table.AddEntityAsync(new TableEntity(Partition(notificationId), notificationId) { ["SentAt"] = at }, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
        }
    }

    private static string Partition(string notificationId) => notificationId.Length > 32 ? notificationId[..32] : "other";
}
