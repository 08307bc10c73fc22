using System.Collections.Concurrent;
using Reception.Workflow.Appeals;

namespace Reception.Workflow.Tests.Fakes;

public sealed class InMemoryAnswerLetters : IAnswerLetters
{
    private readonly ConcurrentDictionary<string, (AnswerLetter Letter, byte[] Content)> letters = new(StringComparer.Ordinal);

    public Task SaveAsync(string appealId, byte[] content, AnswerLetter letter, CancellationToken cancellationToken)
    {
        letters[appealId] = (letter, content);
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string appealId, CancellationToken cancellationToken)
    {
        letters.TryRemove(appealId, out _);
        return Task.CompletedTask;
    }

    public Task<AnswerLetter?> FindAsync(string appealId, CancellationToken cancellationToken) =>
        Task.FromResult(letters.TryGetValue(appealId, out var found) ? found.Letter : null);

    public Task<(AnswerLetter Letter, byte[] Content)?> ReadAsync(string appealId, CancellationToken cancellationToken) =>
        Task.FromResult(letters.TryGetValue(appealId, out var found) ? found : ((AnswerLetter, byte[])?)null);
}
