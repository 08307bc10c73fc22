
namespace Reception.Workflow.Operations;

/// <summary>Whether the storage services the service depends on answer now.</summary>
public interface IStorageProbe
{
    /// <summary>The services that did not answer within a short time (<c>tables</c>, <c>queues</c>, <c>blobs</c>); empty when all did.</summary>
    Task<IReadOnlyList<string>> UnreachableAsync(CancellationToken cancellationToken);
}
