using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Reception.EndToEnd.Infrastructure;

/// <summary>Calls of docs/api.md as an outside client makes them, with the development keys.</summary>
public static class ReceptionApi
{
    /// <summary>An appeal of docs/api.md's example, by an applicant of its own (a random valid IIN), so tests never repeat one another's question (R3).</summary>
    public static string AppealBody(string externalId, string subject = "Ремонт дороги на улице Абая", string language = "kk", string? iin = null) => $$"""
        {
          "externalId": "{{externalId}}",
          "applicant": {
            "type": "individual",
            "iin": "{{iin ?? TestIins.NewIin()}}",
            "lastName": "Ахметова", "firstName": "Айгерим", "middleName": "Серіккызы",
            "phone": "+77011234567", "email": "a@example.kz",
            "citizenship": "KZ",
            "categories": ["disability"],
            "legalEntity": null
          },
          "subject": "{{subject}}",
          "requestedOfficial": "akim",
          "language": "{{language}}",
          "videoConference": false,
          "needsInterpreter": false
        }
        """;

    public static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(HttpClient client, string path, string body, string? apiKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        return await SendAsync(client, request);
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(HttpClient client, string path, string? apiKey = "dev-office")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        return await SendAsync(client, request);
    }

    /// <summary>Polls the appeal until its status is <paramref name="status"/>, or fails after <paramref name="within"/>.</summary>
    public static Task<JsonElement> WaitForStatusAsync(HttpClient client, string appealId, string status, TimeSpan within) =>
        WaitForAsync(client, appealId, a => a.GetProperty("status").GetString() == status, within, status);

    /// <summary>Polls the appeal until <paramref name="condition"/> holds, or fails after <paramref name="within"/>.</summary>
    public static async Task<JsonElement> WaitForAsync(
        HttpClient client, string appealId, Func<JsonElement, bool> condition, TimeSpan within, string what = "the condition")
    {
        DateTime deadline = DateTime.UtcNow + within;
        JsonElement last = default;
        while (DateTime.UtcNow < deadline)
        {
            (HttpStatusCode code, last) = await GetAsync(client, $"/api/appeals/{appealId}");
            if (code == HttpStatusCode.OK && condition(last))
            {
                return last;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Appeal {appealId} did not reach {what} within {within}; last seen: {last}");
    }

    /// <summary>
    /// Reads a worklist (<paramref name="query"/>, e.g. <c>awaiting=review&amp;officialId=x</c>) until
    /// it lists the appeal: the index follows the appeal's write by milliseconds, so an appeal
    /// seen in its new state may not be listed yet. Fails after 15 s.
    /// </summary>
    public static async Task<JsonElement> WaitForWorklistItemAsync(HttpClient client, string query, string appealId, string apiKey)
    {
        for (int i = 0; i < 75; i++)
        {
            (_, JsonElement page) = await GetAsync(client, $"/api/appeals?{query}", apiKey);
            foreach (JsonElement item in page.GetProperty("items").EnumerateArray())
            {
                if (item.GetProperty("appealId").GetString() == appealId)
                {
                    return item.Clone();
                }
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Appeal {appealId} was not listed by /api/appeals?{query} within 15 s.");
    }

    private static async Task<(HttpStatusCode, JsonElement)> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using HttpResponseMessage response = await client.SendAsync(request);
        string text = await response.Content.ReadAsStringAsync();
        try
        {
            JsonElement body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
            return (response.StatusCode, body);
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException(
                $"{request.Method} {request.RequestUri} answered {(int)response.StatusCode} ({response.Content.Headers.ContentType}) with a body that is not JSON: {text[..Math.Min(text.Length, 300)]}", ex);
        }
    }
}
