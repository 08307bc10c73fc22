using System.Net.Sockets;
using Azure;
using Reception.Storage.Faults;

namespace Reception.Storage.Tests.Faults;

public class StorageFaultsTests
{
    public static TheoryData<Exception> Outages => new()
    {
        new RequestFailedException("Connection refused", new HttpRequestException("refused", new SocketException(111))),
        new RequestFailedException(503, "Server busy"),
        new AggregateException(new RequestFailedException(0, "network")),
        new InvalidOperationException("wrapped", new TimeoutException()),
    };

    public static TheoryData<Exception> Bugs => new()
    {
        new InvalidOperationException("Appeal x is not stored."),
        new RequestFailedException(409, "Conflict"),
        new RequestFailedException(412, "Precondition failed"),
        new ArgumentNullException("appeal"),
    };

    [Theory]
    [MemberData(nameof(Outages))]
    public void IsUnreachable_StorageThatDoesNotAnswer_IsAnOutage(Exception exception) =>
        Assert.True(StorageFaults.IsUnreachable(exception));

    [Theory]
    [MemberData(nameof(Bugs))]
    public void IsUnreachable_AnswersAndBugs_AreNotAnOutage(Exception exception) =>
        Assert.False(StorageFaults.IsUnreachable(exception));
}
