using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace Reception.Storage.Configuration;

/// <summary>
/// How the service reaches its storage account: a connection string locally (Azurite), or the
/// account's service URIs and a managed identity in Azure. The same code reads both, so moving
/// between them is configuration only.
/// </summary>
/// <remarks>
/// Looks at <c>Reception:Storage:ConnectionString</c>, then the Functions convention
/// <c>AzureWebJobsStorage</c> (a connection string), then <c>AzureWebJobsStorage__tableServiceUri</c>
/// with the optional <c>AzureWebJobsStorage__clientId</c> of a user-assigned identity.
/// </remarks>
public sealed class StorageConnection
{
    private StorageConnection(string? connectionString, Uri? tableServiceUri, string? clientId, Uri? queueServiceUri = null, Uri? blobServiceUri = null)
    {
        BlobServiceUri = blobServiceUri;
        ConnectionString = connectionString;
        TableServiceUri = tableServiceUri;
        QueueServiceUri = queueServiceUri;
        ClientId = clientId;
    }

    public string? ConnectionString { get; }

    public Uri? TableServiceUri { get; }

    public Uri? QueueServiceUri { get; }

    public Uri? BlobServiceUri { get; }

    public string? ClientId { get; }

    public static StorageConnection FromConfiguration(IConfiguration configuration, string? fallbackConnectionString = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        string? connectionString = configuration["Reception:Storage:ConnectionString"];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = configuration["AzureWebJobsStorage"];
        }

        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new StorageConnection(connectionString, null, null);
        }

        string? tableUri = configuration["AzureWebJobsStorage:tableServiceUri"];
        if (!string.IsNullOrWhiteSpace(tableUri))
        {
            string? queueUri = configuration["AzureWebJobsStorage:queueServiceUri"];
            string? blobUri = configuration["AzureWebJobsStorage:blobServiceUri"];
            return new StorageConnection(
                null, new Uri(tableUri), configuration["AzureWebJobsStorage:clientId"], queueUri is null ? null : new Uri(queueUri), blobUri is null ? null : new Uri(blobUri));
        }

        if (fallbackConnectionString is not null)
        {
            return new StorageConnection(fallbackConnectionString, null, null);
        }

        throw new InvalidOperationException(
            "No storage is configured: set Reception:Storage:ConnectionString, AzureWebJobsStorage, or AzureWebJobsStorage__tableServiceUri.");
    }

    public TableServiceClient CreateTableServiceClient()
    {
        TableClientOptions options = StorageRetry.Bounded(new TableClientOptions());
        return ConnectionString is not null
            ? new TableServiceClient(ConnectionString, options)
            : new TableServiceClient(TableServiceUri!, Credential(), options);
    }

    /// <summary>Queue messages are base64, as the Functions queue trigger expects by default.</summary>
    public QueueServiceClient CreateQueueServiceClient()
    {
        QueueClientOptions options = StorageRetry.Bounded(new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        return ConnectionString is not null
            ? new QueueServiceClient(ConnectionString, options)
            : new QueueServiceClient(QueueServiceUri ?? throw new InvalidOperationException("Set AzureWebJobsStorage__queueServiceUri."), Credential(), options);
    }

    public BlobServiceClient CreateBlobServiceClient()
    {
        BlobClientOptions options = StorageRetry.Bounded(new BlobClientOptions());
        return ConnectionString is not null
            ? new BlobServiceClient(ConnectionString, options)
            : new BlobServiceClient(BlobServiceUri ?? throw new InvalidOperationException("Set AzureWebJobsStorage__blobServiceUri."), Credential(), options);
    }

    private DefaultAzureCredential Credential() =>
        new(new DefaultAzureCredentialOptions { ManagedIdentityClientId = ClientId });
}
