using Azure;
using Azure.Data.Tables;
using Reception.Workflow.Ports;

namespace Reception.Storage.Tables;

/// <summary>Start claims as one row per appeal, taken by an insert-if-absent, taken over by an ETag replace once its lease is over.</summary>
public sealed class TableStartClaims(ReceptionTables tables, TimeProvider clock) : IStartClaims
{
    private const string TakenAt = "TakenAt";

    public async Task<bool> TryClaimAsync(string appealId, TimeSpan lease, CancellationToken cancellationToken)
    {
        TableClient table = await tables.GetAsync(ReceptionTables.StartsTable);
        DateTimeOffset now = clock.GetUtcNow();
        var claim = new TableEntity(appealId, appealId) { [TakenAt] = now };
        try
        {
            await table.AddEntityAsync(claim, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Claimed before: by a starter at work now (wait), or by one that died or finished long ago (take it over).
        }

        NullableResponse<TableEntity> held = await table.GetEntityIfExistsAsync<TableEntity>(appealId, appealId, cancellationToken: cancellationToken);
        if (!held.HasValue || held.Value!.GetDateTimeOffset(TakenAt) is not { } takenAt || now - takenAt < lease)
        {
            return false;
        }

        try
        {
            await table.UpdateEntityAsync(claim, held.Value!.ETag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return false; // another starter took it over first
        }
    }
}
