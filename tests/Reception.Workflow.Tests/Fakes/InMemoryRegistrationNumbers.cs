using System.Collections.Concurrent;
using System.Globalization;
using Reception.Workflow.Appeals;

namespace Reception.Workflow.Tests.Fakes;

internal sealed class InMemoryRegistrationNumbers : IRegistrationNumbers
{
    private readonly ConcurrentDictionary<string, string> issued = new();
    private int next;

    public int IssuedCount => issued.Count;

    public Task<string> IssueAsync(string appealId, int year, CancellationToken cancellationToken) =>
        Task.FromResult(issued.GetOrAdd(appealId, _ =>
            string.Create(CultureInfo.InvariantCulture, $"RCP-{year}-{Interlocked.Increment(ref next):D6}")));
}
