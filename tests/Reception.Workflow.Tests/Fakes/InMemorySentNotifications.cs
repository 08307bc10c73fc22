using System.Collections.Concurrent;
using Reception.Workflow.Notifications;

namespace Reception.Workflow.Tests.Fakes;

internal sealed class InMemorySentNotifications : ISentNotifications
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> sent = new();

    public Task<bool> WasSentAsync(string notificationId, CancellationToken cancellationToken) => Task.FromResult(sent.ContainsKey(notificationId));

    public Task MarkSentAsync(string notificationId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        sent.TryAdd(notificationId, at);
        return Task.CompletedTask;
    }
}
