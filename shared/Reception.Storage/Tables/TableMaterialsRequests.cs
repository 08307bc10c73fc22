using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Reception.Storage.Serialization;
using Reception.Workflow.Materials;

namespace Reception.Storage.Tables;

/// <summary>
/// Requests for materials (R26) in one partition, one row each, the request as JSON: a few
/// hundred a year, so the office's list is one partition read; changes go under the row's ETag.
/// </summary>
public sealed class TableMaterialsRequests(ReceptionTables tables) : IMaterialsRequests
{
    private const string Partition = "requests";
    private const string Document = "Request";

    public async Task<MaterialsRequest> CreateIfAbsentAsync(MaterialsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        TableClient table = await tables.GetAsync(ReceptionTables.MaterialsRequestsTable);
        try
        {
            Response response = await table.AddEntityAsync(ToEntity(request), cancellationToken);
            return request with { ETag = response.Headers.ETag?.ToString() };
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return await FindAsync(request.RequestId, cancellationToken) ?? throw new InvalidOperationException($"Request {request.RequestId} exists and cannot be read.");
        }
    }

    public async Task<MaterialsRequest?> FindAsync(string requestId, CancellationToken cancellationToken)
    {
        TableClient table = await tables.GetAsync(ReceptionTables.MaterialsRequestsTable);
        NullableResponse<TableEntity> row = await table.GetEntityIfExistsAsync<TableEntity>(Partition, requestId, cancellationToken: cancellationToken);
        return row.HasValue ? FromEntity(row.Value!) : null;
    }

    public async Task<bool> TryReplaceAsync(MaterialsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        TableClient table = await tables.GetAsync(ReceptionTables.MaterialsRequestsTable);
        try
        {
            await table.UpdateEntityAsync(ToEntity(request), new ETag(request.ETag ?? throw new ArgumentException("The request was not read from the store.", nameof(request))), TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<MaterialsRequest>> ListAsync(bool openOnly, CancellationToken cancellationToken)
    {
        TableClient table = await tables.GetAsync(ReceptionTables.MaterialsRequestsTable);
        var found = new List<MaterialsRequest>();
        await foreach (TableEntity row in table.QueryAsync<TableEntity>(e => e.PartitionKey == Partition, cancellationToken: cancellationToken))
        {
            MaterialsRequest request = FromEntity(row);
            if (!openOnly || !request.IsAnswered)
            {
                found.Add(request);
            }
        }

        return [.. found.OrderBy(r => r.Due).ThenBy(r => r.RequestedAt)];
    }

    private static TableEntity ToEntity(MaterialsRequest request)
    {
        var entity = new TableEntity(Partition, request.RequestId);
        ChunkedJson.Write(entity, Document, JsonSerializer.Serialize(request, StoredJson.Options));
        return entity;
    }

    private static MaterialsRequest FromEntity(TableEntity entity) =>
        JsonSerializer.Deserialize<MaterialsRequest>(ChunkedJson.Read(entity, Document)!, StoredJson.Options)! with { ETag = entity.ETag.ToString() };
}
