
namespace Reception.Workflow.Publishing;

/// <summary>Published documents (schedules, reports) as blobs; overwriting the same name is idempotent.</summary>
public interface IDocumentStore
{
    Task SaveAsync(string path, string content, string contentType, CancellationToken cancellationToken);

    /// <summary>A published document's text, or null when there is none at that path.</summary>
    Task<string?> ReadAsync(string path, CancellationToken cancellationToken);
}
