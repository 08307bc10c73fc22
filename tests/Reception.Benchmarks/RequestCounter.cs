using Azure.Core;
using Azure.Core.Pipeline;

namespace Reception.Benchmarks;

/// <summary>Counts the storage requests a client sends: the cost measure of the report benchmark.</summary>
internal sealed class RequestCounter : HttpPipelinePolicy
{
    private long count;

    public long Count => Interlocked.Read(ref count);

    public void Reset() => Interlocked.Exchange(ref count, 0);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Interlocked.Increment(ref count);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Interlocked.Increment(ref count);
        return ProcessNextAsync(message, pipeline);
    }
}
