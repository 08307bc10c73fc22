using System.Globalization;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Reception.Workflow.Appeals;

namespace Reception.Storage.Blobs;

/// <summary>
/// Answer letters in their own private blob container (configuration
/// <c>Reception:Storage:AnswerLettersContainer</c>), one blob per appeal named by its id; the
/// upload's time and author ride along as blob metadata.
/// </summary>
public sealed class BlobAnswerLetters(BlobServiceClient blobs, string containerName) : IAnswerLetters
{
    public const string DefaultContainer = "reception-answer-letters";
    public const string ContainerKey = "Reception:Storage:AnswerLettersContainer";

    private readonly BlobContainerClient container = blobs.GetBlobContainerClient(containerName);

    // Not a Lazy<Task>: a creation that failed during a storage outage must be tried again afterwards.
    private volatile bool created;

    public async Task SaveAsync(string appealId, byte[] content, AnswerLetter letter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(letter);
        if (!created)
        {
            await container.CreateIfNotExistsAsync(PublicAccessType.None, cancellationToken: cancellationToken);
            created = true;
        }

        await container.GetBlobClient(appealId).UploadAsync(BinaryData.FromBytes(content), new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = letter.ContentType },
            Metadata = new Dictionary<string, string>
            {
                ["uploadedat"] = letter.UploadedAt.ToString("O", CultureInfo.InvariantCulture),
                ["uploadedby"] = Uri.EscapeDataString(letter.UploadedBy),
            },
        }, cancellationToken);
    }

    public async Task DeleteAsync(string appealId, CancellationToken cancellationToken) =>
        await container.GetBlobClient(appealId).DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken);

    public async Task<AnswerLetter?> FindAsync(string appealId, CancellationToken cancellationToken)
    {
        try
        {
            BlobProperties properties = (await container.GetBlobClient(appealId).GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
            return LetterOf(properties.ContentType, properties.ContentLength, properties.Metadata);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    public async Task<(AnswerLetter Letter, byte[] Content)?> ReadAsync(string appealId, CancellationToken cancellationToken)
    {
        try
        {
            BlobDownloadResult blob = (await container.GetBlobClient(appealId).DownloadContentAsync(cancellationToken)).Value;
            byte[] content = blob.Content.ToArray();
            return (LetterOf(blob.Details.ContentType, content.Length, blob.Details.Metadata), content);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    private static AnswerLetter LetterOf(string contentType, long size, IDictionary<string, string> metadata) => new(
        contentType,
        size,
        metadata.TryGetValue("uploadedat", out string? at) ? DateTimeOffset.Parse(at, CultureInfo.InvariantCulture) : DateTimeOffset.MinValue,
        metadata.TryGetValue("uploadedby", out string? by) ? Uri.UnescapeDataString(by) : string.Empty);
}
