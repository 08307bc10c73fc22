using System.Net.Http.Json;
using Reception.Workflow.Notifications;
using Reception.Workflow.Serialization;

namespace Reception.Storage.Notifications;

/// <summary>
/// A channel that posts each delivery as JSON to its endpoint through its typed, resilient
/// <see cref="HttpClient"/> (base address and resilience pipeline: <see cref="NotificationChannelServices"/>),
/// with the delivery id as the Idempotency-Key, so a gateway can drop a repeat.
/// </summary>
public abstract class JsonNotificationChannel(HttpClient http) : INotificationChannel
{
    public abstract string Name { get; }

    public async Task SendAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        using var request = new HttpRequestMessage(HttpMethod.Post, (Uri?)null)
        {
            Content = JsonContent.Create(delivery, options: ReceptionJson.Options),
        };
        request.Headers.Add("Idempotency-Key", delivery.Id);
        using HttpResponseMessage response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
