using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Reception.Workflow.Publishing;

namespace Reception.Storage.Blobs;

/// <summary>Published documents in one private blob container (configuration <c>Reception:Storage:DocumentsContainer</c>).</summary>
public sealed class BlobDocumentStore(BlobServiceClient blobs, string containerName) : IDocumentStore
{
    public const string DefaultContainer = "reception-documents";
    public const string ContainerKey = "Reception:Storage:DocumentsContainer";

    private readonly BlobContainerClient container = blobs.GetBlobContainerClient(containerName);

    // Not a Lazy<Task>: a creation that failed during a storage outage must be tried again afterwards.
    private volatile bool created;

    public async Task SaveAsync(string path, string content, string contentType, CancellationToken cancellationToken)
    {
        if (!created)
        {
            await container.CreateIfNotExistsAsync(PublicAccessType.None, cancellationToken: cancellationToken);
            created = true;
        }

        BlobClient blob = container.GetBlobClient(path);
        await blob.UploadAsync(
            BinaryData.FromString(content),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType + "; charset=utf-8" } },
            cancellationToken);
    }

    public async Task<string?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            Azure.Response<BlobDownloadResult> blob = await container.GetBlobClient(path).DownloadContentAsync(cancellationToken);
            return blob.Value.Content.ToString();
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }
}
