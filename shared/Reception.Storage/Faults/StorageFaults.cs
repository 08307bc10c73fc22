using System.Net.Sockets;
using Azure;

namespace Reception.Storage.Faults;

/// <summary>
/// Tells a storage outage (the account or the durable engine behind it does not answer) from a
/// bug, so hosts answer the first with <c>503</c> + <c>Retry-After</c> and background loops back
/// off and resume, while a bug still fails loudly.
/// </summary>
public static class StorageFaults
{
    // The durable client reaches the engine over gRPC; its exception type lives in Grpc.Core.Api,
    // which this project does not reference. Its status names are stable across versions.
    private const string RpcExceptionType = "Grpc.Core.RpcException";
    private static readonly string[] UnreachableRpcStatuses = ["Unavailable", "DeadlineExceeded", "Unknown", "Internal", "ResourceExhausted"];

    /// <summary>True when <paramref name="exception"/> (or one it wraps) says storage could not be reached or did not answer in time.</summary>
    public static bool IsUnreachable(Exception? exception)
    {
        for (int depth = 0; exception is not null && depth < 8; depth++)
        {
            switch (exception)
            {
                case RequestFailedException failed when failed.Status is 0 or 500 or 502 or 503 or 504:
                case HttpRequestException or SocketException or TimeoutException or IOException:
                    return true;
                case AggregateException aggregate when aggregate.InnerExceptions.Any(IsUnreachable):
                    return true;
            }

            if (exception.GetType().FullName == RpcExceptionType
                && UnreachableRpcStatuses.Contains(exception.GetType().GetProperty("StatusCode")?.GetValue(exception)?.ToString()))
            {
                return true;
            }

            exception = exception.InnerException;
        }

        return false;
    }
}
