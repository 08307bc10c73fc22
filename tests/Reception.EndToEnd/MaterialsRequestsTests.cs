using System.Net;
using System.Text.Json;
using Reception.EndToEnd.Infrastructure;

namespace Reception.EndToEnd;

/// <summary>R26 over HTTP: the office asks a unit for materials, sees it in its list, and records the answer.</summary>
[Collection(SharedLocalHostCollection.Name)]
public class MaterialsRequestsTests(SharedLocalHost shared)
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(15);

    private HttpClient Client => shared.Host.Client;

    [Fact]
    public async Task R26_RequestForMaterials_IsSentListedAndClosedByTheAnswer()
    {
        (_, JsonElement clock) = await ReceptionApi.GetAsync(Client, "/api/clock", apiKey: null);
        string due = DateOnly.Parse(clock.GetProperty("today").GetString()!, System.Globalization.CultureInfo.InvariantCulture).AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        (HttpStatusCode created, JsonElement reply) = await ReceptionApi.PostAsync(Client, "/api/materials-requests",
            $$"""{ "unit": "Отдел ЖКХ района", "unitEmail": "zhkh@example.kz", "materials": "Акт обследования дороги по ул. Абая", "dueDate": "{{due}}" }""", "dev-office");
        Assert.Equal(HttpStatusCode.Accepted, created);
        string id = reply.GetProperty("requestId").GetString()!;

        JsonElement listed = await WaitForAsync($"/api/materials-requests?state=open", list => list.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("requestId").GetString() == id));
        JsonElement item = listed.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("requestId").GetString() == id);
        Assert.Equal(("open", "R26", "apiKey:office"), (item.GetProperty("state").GetString(), item.GetProperty("rule").GetString(), item.GetProperty("requestedBy").GetProperty("id").GetString()));

        (HttpStatusCode answered, _) = await ReceptionApi.PostAsync(Client, $"/api/materials-requests/{id}/answer", """{ "answer": "Акт направлен письмом № 12" }""", "dev-department");
        Assert.Equal(HttpStatusCode.Accepted, answered);
        JsonElement closed = await WaitForAsync($"/api/materials-requests/{id}", r => r.GetProperty("state").GetString() == "answered");
        Assert.Equal("Акт направлен письмом № 12", closed.GetProperty("answer").GetString());
        (HttpStatusCode again, _) = await ReceptionApi.PostAsync(Client, $"/api/materials-requests/{id}/answer", """{ "answer": "ещё раз" }""", "dev-department");
        Assert.Equal(HttpStatusCode.Conflict, again);
    }

    [Theory]
    [InlineData("""{ "materials": "x", "dueDate": "2099-01-01" }""", "unit")]
    [InlineData("""{ "unit": "x", "materials": "x", "dueDate": "2000-01-01" }""", "dueDate")]
    [InlineData("""{ "unit": "x", "unitEmail": "not an address", "materials": "x", "dueDate": "2099-01-01" }""", "unitEmail")]
    [InlineData("""{ "unit": "x", "materials": "x", "dueDate": "2099-01-01", "appealId": "nosuchappeal" }""", "appealId")]
    public async Task R26_BadRequest_Is400NamingTheField(string body, string field)
    {
        (HttpStatusCode status, JsonElement problem) = await ReceptionApi.PostAsync(Client, "/api/materials-requests", body, "dev-office");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    private async Task<JsonElement> WaitForAsync(string path, Func<JsonElement, bool> done)
    {
        DateTime until = DateTime.UtcNow + Step;
        JsonElement last = default;
        while (DateTime.UtcNow < until)
        {
            (HttpStatusCode status, last) = await ReceptionApi.GetAsync(Client, path, "dev-office");
            if (status == HttpStatusCode.OK && done(last))
            {
                return last;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{path}: {last}");
    }
}
