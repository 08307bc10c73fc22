using System.Net;
using System.Text.Json;
using Azure.Storage.Queues;
using Reception.EndToEnd.Infrastructure;

namespace Reception.EndToEnd;

/// <summary>The runbook's repair: a poisoned message moved back is sent once, and the health turns healthy.</summary>
[Collection(SharedLocalHostCollection.Name)]
public class RequeuePoisonedTests(SharedLocalHost shared)
{
    private HttpClient Client => shared.Host.Client;

    [Fact]
    public async Task PoisonedMessage_MovedBackByTheOperator_IsSentOnceAndHealthRecovers()
    {
        // A message that kept failing (say the e-mail relay was down for hours) rests in the poison queue.
        string id = "poisoned-" + Guid.NewGuid().ToString("N");
        var poison = new QueueClient(LocalHostProcess.StorageConnectionString, LocalHostProcess.OutboxQueueOf(shared.Host.TaskHub) + "-poison",
            new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        await poison.CreateIfNotExistsAsync();
        await poison.SendMessageAsync($$"""{"id":"{{id}}","appealId":"","kind":"escalation","language":"ru","audience":"departmentHead","text":"Срок по R8 истек"}""");
        (_, JsonElement degraded) = await ReceptionApi.GetAsync(Client, "/api/health", apiKey: null);
        Assert.Equal("degraded", degraded.GetProperty("status").GetString());

        (HttpStatusCode forbidden, _) = await ReceptionApi.PostAsync(Client, "/api/operations/requeue-poisoned", """{ "queue": "notifications" }""", "dev-office");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden);
        (HttpStatusCode bad, _) = await ReceptionApi.PostAsync(Client, "/api/operations/requeue-poisoned", """{ "queue": "everything" }""", "dev-operator");
        Assert.Equal(HttpStatusCode.BadRequest, bad);

        (HttpStatusCode status, JsonElement reply) = await ReceptionApi.PostAsync(Client, "/api/operations/requeue-poisoned", """{ "queue": "notifications" }""", "dev-operator");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(reply.GetProperty("moved").GetInt32() >= 1);

        JsonElement[] delivered = [];
        for (int i = 0; i < 100 && delivered.Length == 0; i++)
        {
            await Task.Delay(100);
            (_, JsonElement outbox) = await ReceptionApi.GetAsync(Client, "/api/dev/outbox", apiKey: null);
            delivered = [.. outbox.EnumerateArray().Where(d => d.GetProperty("delivery").GetProperty("id").GetString() == id)];
        }

        await Task.Delay(300); // and not again
        (_, JsonElement after) = await ReceptionApi.GetAsync(Client, "/api/dev/outbox", apiKey: null);
        Assert.Single(after.EnumerateArray(), d => d.GetProperty("delivery").GetProperty("id").GetString() == id);
        (_, JsonElement health) = await ReceptionApi.GetAsync(Client, "/api/health", apiKey: null);
        Assert.Equal(0, health.GetProperty("outboxPoisoned").GetInt32());
    }
}
