namespace Reception.Workflow.Notifications;

/// <summary>Reads a published document to attach to a message (the document store's reading side).</summary>
public interface IDocumentReader
{
    /// <summary>A published document's text, or null when there is none at that path.</summary>
    Task<string?> ReadAsync(string path, CancellationToken cancellationToken);
}
