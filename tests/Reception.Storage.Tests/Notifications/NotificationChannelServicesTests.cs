using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Reception.Storage.Notifications;
using Reception.Workflow.Notifications;

namespace Reception.Storage.Tests.Notifications;

public class NotificationChannelServicesTests
{
    [Fact]
    public void AddNotificationChannels_RegistersATypedChannelForEachConfiguredEndpointOnly()
    {
        using ServiceProvider services = Services(new()
        {
            ["Reception:Notifications:EgovCabinetUrl"] = "http://127.0.0.1:1/egov",
            ["Reception:Notifications:EmailUrl"] = "http://127.0.0.1:1/email",
        });

        INotificationChannel[] channels = [.. services.GetServices<INotificationChannel>()];

        Assert.Equal(["egov", "email"], channels.Select(c => c.Name).Order());
        Assert.IsType<EgovCabinetChannel>(channels.Single(c => c.Name == "egov"));
        Assert.IsType<EmailChannel>(channels.Single(c => c.Name == "email"));
    }

    [Fact]
    public async Task Channel_GatewayFailsOnce_TheResiliencePipelineRetriesWithTheSameIdempotencyKey()
    {
        int port = FreePort();
        using var gateway = new HttpListener();
        gateway.Prefixes.Add($"http://127.0.0.1:{port}/sms/");
        gateway.Start();
        var seen = new ConcurrentQueue<string?>();
        Task serving = Task.Run(async () =>
        {
            for (int i = 0; i < 2; i++)
            {
                HttpListenerContext call = await gateway.GetContextAsync();
                seen.Enqueue(call.Request.Headers["Idempotency-Key"]);
                call.Response.StatusCode = i == 0 ? 503 : 200;
                call.Response.Close();
            }
        });
        using ServiceProvider services = Services(new() { ["Reception:Notifications:SmsGatewayUrl"] = $"http://127.0.0.1:{port}/sms/" });
        INotificationChannel sms = Assert.Single(services.GetServices<INotificationChannel>());

        await sms.SendAsync(new Delivery("n-1:sms", "sms", "+77011234567", "kk", "Сәлем"), CancellationToken.None);

        await serving.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(["n-1:sms", "n-1:sms"], seen);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddNotificationChannels(configuration).BuildServiceProvider();
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
