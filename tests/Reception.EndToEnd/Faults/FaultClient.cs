using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Reception.EndToEnd.Faults;

/// <summary>
/// A client of the host as the portal, the call centre and staff are: it retries what failed
/// (connection refused while the host is down, <c>503</c> while storage is) until its own time
/// limit, and waits as long as <c>Retry-After</c> asks.
/// </summary>
public sealed class FaultClient(int port) : IDisposable
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(500);
    private readonly HttpClient http = new() { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Every reply seen, with its latency: the outage checks read them.</summary>
    public event Action<HttpStatusCode?, TimeSpan, string?>? Replied;

    public async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpMethod method, string path, string? body, string apiKey, TimeSpan within)
    {
        var limit = Stopwatch.StartNew();
        while (true)
        {
            using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
            request.Headers.Add("X-Api-Key", apiKey);
            if (body is not null)
            {
                request.Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
            }

            var took = Stopwatch.StartNew();
            TimeSpan wait = Pause;
            try
            {
                using HttpResponseMessage response = await http.SendAsync(request);
                string text = await response.Content.ReadAsStringAsync();
                Replied?.Invoke(response.StatusCode, took.Elapsed, response.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
                if ((int)response.StatusCode < 500)
                {
                    return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
                }

                wait = response.Headers.RetryAfter?.Delta ?? Pause;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                Replied?.Invoke(null, took.Elapsed, null); // the host is down (being restarted)
            }

            if (limit.Elapsed > within)
            {
                throw new TimeoutException($"{method} {path} did not succeed within {within}.");
            }

            await Task.Delay(wait);
        }
    }

    /// <summary>One request, no retry: its status, or null when the host did not answer.</summary>
    public async Task<HttpStatusCode?> StatusOnceAsync(string path)
    {
        try
        {
            using HttpResponseMessage response = await http.GetAsync(new Uri(path, UriKind.Relative));
            return response.StatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }

    public Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string path, string body, string apiKey, TimeSpan within) =>
        SendAsync(HttpMethod.Post, path, body, apiKey, within);

    /// <summary>The appeal as staff see it.</summary>
    public async Task<JsonElement> AppealAsync(string appealId, TimeSpan within) =>
        (await SendAsync(HttpMethod.Get, $"/api/appeals/{appealId}", null, "dev-office", within)).Body;

    /// <summary>Polls the appeal until <paramref name="done"/> holds; false after <paramref name="within"/>.</summary>
    public async Task<(bool Reached, JsonElement Last)> WaitForAsync(string appealId, Func<JsonElement, bool> done, TimeSpan within)
    {
        var limit = Stopwatch.StartNew();
        JsonElement last = default;
        while (limit.Elapsed < within)
        {
            last = await AppealAsync(appealId, within);
            if (done(last))
            {
                return (true, last);
            }

            await Task.Delay(Pause);
        }

        return (false, last);
    }

    public void Dispose() => http.Dispose();
}
