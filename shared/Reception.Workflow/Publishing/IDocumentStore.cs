using Reception.Workflow.Notifications;

namespace Reception.Workflow.Publishing;

/// <summary>Published documents (schedules, reports) as blobs; overwriting the same name is idempotent.</summary>
public interface IDocumentStore : IDocumentReader
{
    Task SaveAsync(string path, string content, string contentType, CancellationToken cancellationToken);
}
