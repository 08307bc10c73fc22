using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Reception.Storage.Queues;
using Reception.Workflow.Intake;

namespace Reception.Storage.Tests.Queues;

/// <summary>Start requests on Azurite's queue service: concurrent requests share messages, and every id arrives once.</summary>
public sealed class QueueAppealStartRequestsTests
{
    private static string Storage => Environment.GetEnvironmentVariable("RECEPTION_TEST_STORAGE") is { Length: > 0 } cs ? cs : "UseDevelopmentStorage=true";

    [Fact]
    public async Task ConcurrentRequests_ShareMessages_AndEveryAppealIdIsInExactlyOne()
    {
        var service = new QueueServiceClient(Storage, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        string queueName = "starts-test-" + Guid.NewGuid().ToString("N")[..12];
        var requests = new QueueAppealStartRequests(service, queueName);
        string[] ids = [.. Enumerable.Range(0, 64).Select(_ => Guid.NewGuid().ToString("N"))];
        try
        {
            await Task.WhenAll(ids.Select(id => requests.RequestStartAsync(id, CancellationToken.None)));

            var received = new List<string>();
            int messages = 0;
            for (int i = 0; i < 10 && received.Count < ids.Length; i++)
            {
                foreach (QueueMessage message in (await requests.Queue.ReceiveMessagesAsync(32)).Value)
                {
                    messages++;
                    IReadOnlyList<string> carried = StartRequestMessage.Parse(message.Body.ToString());
                    Assert.InRange(carried.Count, 1, StartRequestMessage.MaxIds);
                    received.AddRange(carried);
                }
            }

            Assert.Equal(ids.Order(), received.Order());
            Assert.InRange(messages, ids.Length / StartRequestMessage.MaxIds, ids.Length - 1);
        }
        finally
        {
            await service.GetQueueClient(queueName).DeleteIfExistsAsync();
        }
    }
}
