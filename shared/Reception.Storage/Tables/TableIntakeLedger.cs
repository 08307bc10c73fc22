using System.Text;
using Azure;
using Azure.Data.Tables;
using Reception.Workflow.Ports;

namespace Reception.Storage.Tables;

/// <summary>
/// The intake ledger in a table: partition = channel, row = the external id (base64url, since
/// ids may hold characters a row key cannot). The insert-if-absent is the storage service's own
/// conflict check, so two identical posts at the same moment cannot both win.
/// </summary>
public sealed class TableIntakeLedger(ReceptionTables tables) : IIntakeLedger
{
    public async Task<IntakeClaim> ClaimAsync(string channel, string externalId, IntakeClaim candidate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        TableClient table = await tables.GetAsync(ReceptionTables.IntakeTable);
        string rowKey = Base64Url(externalId);
        var entity = new TableEntity(channel, rowKey)
        {
            ["AppealId"] = candidate.AppealId,
            ["TrackingCode"] = candidate.TrackingCode,
            ["ExternalId"] = externalId,
        };
        try
        {
            await table.AddEntityAsync(entity, cancellationToken);
            return candidate with { IsNew = true };
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            TableEntity earlier = (await table.GetEntityAsync<TableEntity>(channel, rowKey, cancellationToken: cancellationToken)).Value;
            return new IntakeClaim(earlier.GetString("AppealId"), earlier.GetString("TrackingCode"), IsNew: false);
        }
    }

    private static string Base64Url(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
