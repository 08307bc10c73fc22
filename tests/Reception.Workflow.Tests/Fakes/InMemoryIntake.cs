using System.Collections.Concurrent;
using Reception.Workflow.Ports;

namespace Reception.Workflow.Tests.Fakes;

internal sealed class InMemoryIntakeLedger : IIntakeLedger
{
    private readonly ConcurrentDictionary<(string, string), IntakeClaim> claims = new();

    public Task<IntakeClaim> ClaimAsync(string channel, string externalId, IntakeClaim candidate, CancellationToken cancellationToken)
    {
        IntakeClaim stored = claims.GetOrAdd((channel, externalId), candidate);
        return Task.FromResult(ReferenceEquals(stored, candidate) ? candidate : stored with { IsNew = false });
    }
}

internal sealed class InMemoryTrackingCodes : ITrackingCodes
{
    private readonly ConcurrentDictionary<string, string> codes = new();

    public Task AddIfAbsentAsync(string trackingCode, string appealId, CancellationToken cancellationToken)
    {
        codes.TryAdd(trackingCode, appealId);
        return Task.CompletedTask;
    }

    public Task<string?> FindAppealIdAsync(string trackingCode, CancellationToken cancellationToken) =>
        Task.FromResult(codes.GetValueOrDefault(trackingCode));
}
