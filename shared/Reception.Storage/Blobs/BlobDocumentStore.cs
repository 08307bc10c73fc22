using System.Text;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Reception.Workflow.Ports;

namespace Reception.Storage.Blobs;

/// <summary>Published documents in one private blob container (configuration <c>Reception:Storage:DocumentsContainer</c>).</summary>
public sealed class BlobDocumentStore(BlobServiceClient blobs, string containerName) : IDocumentStore
{
    public const string DefaultContainer = "reception-documents";
    public const string ContainerKey = "Reception:Storage:DocumentsContainer";

    private readonly Lazy<Task<BlobContainerClient>> container = new(async () =>
    {
        BlobContainerClient client = blobs.GetBlobContainerClient(containerName);
        await client.CreateIfNotExistsAsync(PublicAccessType.None);
        return client;
    });

    public async Task SaveAsync(string path, string content, string contentType, CancellationToken cancellationToken)
    {
        BlobClient blob = (await container.Value).GetBlobClient(path);
        await blob.UploadAsync(
            BinaryData.FromString(content),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType + "; charset=utf-8" } },
            cancellationToken);
    }
}
