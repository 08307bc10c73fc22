using System.Net;
using System.Text.Json;

namespace Reception.EndToEnd.Faults;

/// <summary>
/// The outside gateways (e-gov cabinet, SMS, e-mail) as one HTTP listener on loopback: it records
/// every delivery in arrival order and, like a real gateway, accepts a repeat of an
/// Idempotency-Key without delivering it again (counted apart, as <see cref="RepeatedKeys"/>).
/// </summary>
public sealed class DeliverySink : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly List<SinkDelivery> delivered = [];
    private readonly HashSet<(string Channel, string Key)> keys = [];
    private readonly Task loop;
    private int repeated;

    public DeliverySink()
    {
        Port = FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string UrlOf(string channel) => $"http://127.0.0.1:{Port}/{channel}";

    /// <summary>Requests that repeated a key already delivered on that channel (a gateway drops them).</summary>
    public int RepeatedKeys => Volatile.Read(ref repeated);

    /// <summary>What reached the people, in arrival order.</summary>
    public IReadOnlyList<SinkDelivery> Delivered
    {
        get
        {
            lock (delivered)
            {
                return [.. delivered];
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        try
        {
            await loop;
        }
        catch (HttpListenerException)
        {
            // stopped
        }
        catch (ObjectDisposedException)
        {
            // stopped
        }
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using (var reader = new StreamReader(context.Request.InputStream))
            {
                string channel = context.Request.Url!.AbsolutePath.Trim('/');
                string key = context.Request.Headers["Idempotency-Key"] ?? string.Empty;
                using JsonDocument body = JsonDocument.Parse(await reader.ReadToEndAsync());
                lock (delivered)
                {
                    if (keys.Add((channel, key)))
                    {
                        delivered.Add(new SinkDelivery(channel, key, body.RootElement.GetProperty("text").GetString() ?? string.Empty));
                    }
                    else
                    {
                        repeated++;
                    }
                }
            }

            context.Response.StatusCode = 202;
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}

/// <summary>One message as a gateway received it.</summary>
public sealed record SinkDelivery(string Channel, string Key, string Text);
