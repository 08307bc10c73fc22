using Reception.Workflow.Materials;

namespace Reception.Workflow.Tests.Fakes;

/// <summary>Requests for materials in memory, with versions standing in for ETags.</summary>
internal sealed class InMemoryMaterialsRequests : IMaterialsRequests
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, MaterialsRequest> rows = new(StringComparer.Ordinal);
    private int version;

    public Task<MaterialsRequest> CreateIfAbsentAsync(MaterialsRequest request, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (!rows.TryGetValue(request.RequestId, out MaterialsRequest? stored))
            {
                stored = request with { ETag = (++version).ToString(System.Globalization.CultureInfo.InvariantCulture) };
                rows[request.RequestId] = stored;
            }

            return Task.FromResult(stored);
        }
    }

    public Task<MaterialsRequest?> FindAsync(string requestId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(rows.GetValueOrDefault(requestId));
        }
    }

    public Task<bool> TryReplaceAsync(MaterialsRequest request, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (!rows.TryGetValue(request.RequestId, out MaterialsRequest? stored) || stored.ETag != request.ETag)
            {
                return Task.FromResult(false);
            }

            rows[request.RequestId] = request with { ETag = (++version).ToString(System.Globalization.CultureInfo.InvariantCulture) };
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<MaterialsRequest>> ListAsync(bool openOnly, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<MaterialsRequest>>([.. rows.Values.Where(r => !openOnly || !r.IsAnswered).OrderBy(r => r.Due)]);
        }
    }
}
