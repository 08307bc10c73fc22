using System.Net.Http.Json;
using Reception.Workflow.Http;
using Reception.Workflow.Notifications;
using Reception.Workflow.Ports;

namespace Reception.Storage.Notifications;

/// <summary>
/// A channel that posts each delivery as JSON to its configured endpoint (the e-gov cabinet
/// callback, the SMS gateway, the e-mail relay) through a named, resilient <see cref="HttpClient"/>,
/// with the notification id as the Idempotency-Key.
/// </summary>
public sealed class HttpNotificationChannel(string name, IHttpClientFactory clients) : INotificationChannel
{
    public string Name { get; } = name;

    public async Task SendAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        using HttpClient client = clients.CreateClient(HttpClientName(Name));
        using var request = new HttpRequestMessage(HttpMethod.Post, (Uri?)null)
        {
            Content = JsonContent.Create(delivery, options: ReceptionJson.Options),
        };
        request.Headers.Add("Idempotency-Key", delivery.Id);
        using HttpResponseMessage response = await client.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public static string HttpClientName(string channel) => "notifications-" + channel;
}
