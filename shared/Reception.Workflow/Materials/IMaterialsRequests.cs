namespace Reception.Workflow.Materials;

/// <summary>Storage of the requests for materials (R26).</summary>
public interface IMaterialsRequests
{
    /// <summary>Stores the request unless one with its id exists; returns the stored one either way.</summary>
    Task<MaterialsRequest> CreateIfAbsentAsync(MaterialsRequest request, CancellationToken cancellationToken);

    Task<MaterialsRequest?> FindAsync(string requestId, CancellationToken cancellationToken);

    /// <summary>Replaces the stored request if it is still the version read (<see cref="MaterialsRequest.ETag"/>); false when it changed meanwhile.</summary>
    Task<bool> TryReplaceAsync(MaterialsRequest request, CancellationToken cancellationToken);

    /// <summary>Every request, soonest due first; the unanswered ones only when <paramref name="openOnly"/>.</summary>
    Task<IReadOnlyList<MaterialsRequest>> ListAsync(bool openOnly, CancellationToken cancellationToken);
}
