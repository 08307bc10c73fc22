namespace Reception.Workflow.Ports;

/// <summary>Published documents (schedules, reports) as blobs; overwriting the same name is idempotent.</summary>
public interface IDocumentStore
{
    Task SaveAsync(string path, string content, string contentType, CancellationToken cancellationToken);

    /// <summary>The document's text, or null when it does not exist.</summary>
    Task<string?> ReadAsync(string path, CancellationToken cancellationToken);
}
