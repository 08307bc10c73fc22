using Azure;
using Azure.Data.Tables;
using Reception.Workflow.Ports;

namespace Reception.Storage.Tables;

/// <summary>Tracking code → appeal id, one row per code.</summary>
public sealed class TableTrackingCodes(ReceptionTables tables) : ITrackingCodes
{
    public async Task AddIfAbsentAsync(string trackingCode, string appealId, CancellationToken cancellationToken)
    {
        TableClient table = await tables.GetAsync(ReceptionTables.TrackingTable);
        try
        {
            await table.AddEntityAsync(new TableEntity(trackingCode, string.Empty) { ["AppealId"] = appealId }, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Written by an earlier attempt of the same intake.
        }
    }

    public async Task<string?> FindAppealIdAsync(string trackingCode, CancellationToken cancellationToken)
    {
        TableClient table = await tables.GetAsync(ReceptionTables.TrackingTable);
        NullableResponse<TableEntity> row = await table.GetEntityIfExistsAsync<TableEntity>(trackingCode, string.Empty, cancellationToken: cancellationToken);
        return row.HasValue ? row.Value!.GetString("AppealId") : null;
    }
}
