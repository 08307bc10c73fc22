using System.Collections.Concurrent;
using Reception.Workflow.Ports;

namespace Reception.Workflow.Tests.Fakes;

/// <summary>Start claims in memory (leases never end here: the tests' starters do not die).</summary>
internal sealed class InMemoryStartClaims : IStartClaims
{
    private readonly ConcurrentDictionary<string, bool> claims = new();

    public Task<bool> TryClaimAsync(string appealId, TimeSpan lease, CancellationToken cancellationToken) => Task.FromResult(claims.TryAdd(appealId, true));
}
