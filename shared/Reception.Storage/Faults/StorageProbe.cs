using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Reception.Workflow.Operations;

namespace Reception.Storage.Faults;

/// <summary>Asks each storage service one cheap question, all at once, each with a short time limit.</summary>
public sealed class StorageProbe(TableServiceClient tables, QueueServiceClient queues, BlobServiceClient blobs) : IStorageProbe
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(2);

    public async Task<IReadOnlyList<string>> UnreachableAsync(CancellationToken cancellationToken)
    {
        (string Name, Task<bool> Answered)[] probes =
        [
            ("tables", AnswersAsync(ct => tables.QueryAsync(maxPerPage: 1, cancellationToken: ct).AsPages().GetAsyncEnumerator(ct).MoveNextAsync().AsTask(), cancellationToken)),
            ("queues", AnswersAsync(ct => queues.GetPropertiesAsync(ct), cancellationToken)),
            ("blobs", AnswersAsync(ct => blobs.GetPropertiesAsync(ct), cancellationToken)),
        ];
        await Task.WhenAll(probes.Select(p => p.Answered));
        return [.. probes.Where(p => !p.Answered.Result).Select(p => p.Name)];
    }

    private static async Task<bool> AnswersAsync(Func<CancellationToken, Task> ask, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Limit);
        try
        {
            await ask(limit.Token);
            return true;
        }
        catch (Exception ex) when (StorageFaults.IsUnreachable(ex) || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return false;
        }
    }
}
