using System.Collections.Concurrent;
using Reception.Workflow.Privacy;

namespace Reception.Workflow.Tests.Fakes;

internal sealed class InMemoryPersonalDataStore : IPersonalDataStore
{
    private readonly ConcurrentDictionary<string, PersonalData> data = new();
    private readonly ConcurrentDictionary<string, string> texts = new();

    public Task AddIfAbsentAsync(string appealId, PersonalData personal, CancellationToken cancellationToken)
    {
        data.TryAdd(appealId, personal);
        return Task.CompletedTask;
    }

    public Task<PersonalData?> FindAsync(string appealId, CancellationToken cancellationToken) =>
        Task.FromResult(data.TryGetValue(appealId, out PersonalData? found) ? found : null);

    public Task<string> AddTextAsync(string appealId, string text, CancellationToken cancellationToken)
    {
        string reference = TextReference.Of(appealId, "text-" + Guid.NewGuid().ToString("N"));
        texts[reference] = text;
        return Task.FromResult(reference);
    }

    public Task<string?> FindTextAsync(string reference, CancellationToken cancellationToken) =>
        Task.FromResult(texts.TryGetValue(reference, out string? text) ? text : null);

    /// <summary>When each appeal's data was stored (set by tests; the fake stores "now").</summary>
    public ConcurrentDictionary<string, DateTimeOffset> StoredAt { get; } = new();

    public async IAsyncEnumerable<string> StoredBetweenAsync(DateTimeOffset from, DateTimeOffset to, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        foreach (string appealId in data.Keys)
        {
            DateTimeOffset at = StoredAt.GetValueOrDefault(appealId, DateTimeOffset.UtcNow);
            if (at >= from && at < to)
            {
                yield return appealId;
            }
        }
    }

    public Task<int> EraseAsync(string appealId, CancellationToken cancellationToken)
    {
        int erased = data.TryRemove(appealId, out _) ? 1 : 0;
        foreach (string reference in texts.Keys.Where(k => k.StartsWith(appealId + "/", StringComparison.Ordinal)))
        {
            erased += texts.TryRemove(reference, out _) ? 1 : 0;
        }

        return Task.FromResult(erased);
    }
}
