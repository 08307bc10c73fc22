using System.Net;
using System.Text;
using System.Text.Json;
using Reception.EndToEnd.Infrastructure;

namespace Reception.EndToEnd;

[Collection(SharedLocalHostCollection.Name)]
public class OpenApiTests(SharedLocalHost shared)
{
    [Fact]
    public async Task OpenApi_EveryListedRouteAnswers()
    {
        HttpClient client = shared.Host.Client;
        (HttpStatusCode status, JsonElement document) = await ReceptionApi.GetAsync(client, "/api/openapi.json", apiKey: null);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);

        var failures = new List<string>();
        foreach (JsonProperty path in document.GetProperty("paths").EnumerateObject())
        {
            string url = path.Name
                .Replace("{appealId}", "0123456789abcdef0123456789abcdef", StringComparison.Ordinal)
                .Replace("{trackingCode}", "ABCDEFGHJKMN", StringComparison.Ordinal)
                .Replace("{officialId}", "akim", StringComparison.Ordinal)
                .Replace("{number}", "1", StringComparison.Ordinal)
                .Replace("{year}", "2026", StringComparison.Ordinal)
                .Replace("{quarter}", "1", StringComparison.Ordinal);
            foreach (JsonProperty operation in path.Value.EnumerateObject())
            {
                using var request = new HttpRequestMessage(new HttpMethod(operation.Name.ToUpperInvariant()), url);
                if (operation.Name == "post")
                {
                    request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                }

                using HttpResponseMessage response = await client.SendAsync(request);
                // A route that exists answers with JSON (a result or a problem) or 204; an unknown route gets a bare 404/405.
                string? type = response.Content.Headers.ContentType?.MediaType;
                if (type is not ("application/json" or "application/problem+json") && response.StatusCode != System.Net.HttpStatusCode.NoContent)
                {
                    failures.Add($"{operation.Name.ToUpperInvariant()} {path.Name}: {(int)response.StatusCode} {type}");
                }
            }
        }

        Assert.Empty(failures);
    }
}
