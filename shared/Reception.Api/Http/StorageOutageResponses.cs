using Microsoft.AspNetCore.Http;
using Reception.Storage;
using Reception.Storage.Faults;

namespace Reception.Api.Http;

/// <summary>The reply both hosts give when a request fails because storage does not answer.</summary>
public static class StorageOutageResponses
{
    public const string Detail =
        "Storage does not answer at the moment. Nothing was recorded that a retry of the same request would not finish; try again after Retry-After seconds.";

    /// <summary>A <c>503</c> for an outage, or null for any other failure (which stays a bug to fix, not weather).</summary>
    public static IResult? For(Exception exception) => StorageFaults.IsUnreachable(exception) ? Problems.StorageUnavailable(Detail) : null;
}
