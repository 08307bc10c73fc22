using System.Diagnostics;

namespace Reception.Benchmarks;

/// <summary>Runs an operation from N concurrent clients and records each call's latency.</summary>
internal static class LatencyRecorder
{
    public static async Task<Figures> RunAsync(string name, int clients, int operations, Func<int, Task> operation)
    {
        var latencies = new double[operations];
        int next = -1;
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            for (int i = Interlocked.Increment(ref next); i < operations; i = Interlocked.Increment(ref next))
            {
                long start = Stopwatch.GetTimestamp();
                await operation(i);
                latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        })));
        total.Stop();
        Array.Sort(latencies);
        return new Figures(name, operations / total.Elapsed.TotalSeconds, Percentile(latencies, 0.50), Percentile(latencies, 0.99));
    }

    /// <summary>The nearest-rank percentile of sorted values.</summary>
    internal static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}

/// <summary>Throughput (operations per second) and latency percentiles in milliseconds.</summary>
internal sealed record Figures(string Name, double Throughput, double P50, double P99);
