using Azure.Core;

namespace Reception.Storage.Configuration;

/// <summary>
/// How long the storage clients keep trying before they give up: a few quick retries, a short
/// network timeout. A storage outage then surfaces within seconds as an error that the hosts turn
/// into <c>503</c> + <c>Retry-After</c>, instead of a request that hangs for half a minute.
/// </summary>
/// <remarks>
/// The SDK's defaults (3 retries from 0.8 s, 100 s network timeout) made an intake take 25 s to
/// fail while Azurite was down. Every write the service makes is conditional or keyed, so a retry
/// of a write that did land is harmless (409/412 are read as "done before").
/// </remarks>
public static class StorageRetry
{
    public static readonly TimeSpan NetworkTimeout = TimeSpan.FromSeconds(4);

    /// <summary>Applies the bounded retry to any Azure SDK client's options.</summary>
    public static T Bounded<T>(T options)
        where T : ClientOptions
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Retry.MaxRetries = 2;
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(1);
        options.Retry.NetworkTimeout = NetworkTimeout;
        return options;
    }
}
