using System.Net;
using System.Text.Json;
using Ical.Net.CalendarComponents;
using Reception.EndToEnd.Infrastructure;

namespace Reception.EndToEnd;

/// <summary>R13: the schedule is published in Kazakh and Russian with officials' full names, and as a calendar file.</summary>
[Collection(SharedLocalHostCollection.Name)]
public class PublishedScheduleTests(SharedLocalHost shared)
{
    private HttpClient Client => shared.Host.Client;

    [Fact]
    public async Task R13_Schedule_IsPublishedInBothLanguagesAndAsICalendar()
    {
        await AddDayAsync("akim", "Облыс әкімі Бақытжан Сапарбаев", "Аким области Бахытжан Сапарбаев", "2030-06-12", "10:00:00", "13:00:00", "inPerson");
        await AddDayAsync("deputy-1", "Әкімнің орынбасары Асқар Асқаров", "Заместитель акима Аскар Аскаров", "2030-06-19", "15:00:00", "17:00:00", "video");

        (HttpStatusCode kkStatus, JsonElement kk) = await ReceptionApi.GetAsync(Client, "/api/schedule?month=2030-06&lang=kk", apiKey: null);
        (_, JsonElement ru) = await ReceptionApi.GetAsync(Client, "/api/schedule?month=2030-06&lang=ru", apiKey: null);

        Assert.Equal(HttpStatusCode.OK, kkStatus);
        Assert.Equal(["Облыс әкімі Бақытжан Сапарбаев", "Әкімнің орынбасары Асқар Асқаров"], kk.GetProperty("days").EnumerateArray().Select(d => d.GetProperty("official").GetString()));
        Assert.Equal(["Аким области Бахытжан Сапарбаев", "Заместитель акима Аскар Аскаров"], ru.GetProperty("days").EnumerateArray().Select(d => d.GetProperty("official").GetString()));
        Assert.Equal(9, ru.GetProperty("days")[0].GetProperty("slots").GetInt32());

        using HttpResponseMessage ics = await Client.GetAsync(new Uri("/api/schedule?month=2030-06&lang=ru&format=ics", UriKind.Relative));
        Assert.Equal("text/calendar", ics.Content.Headers.ContentType?.MediaType);
        Ical.Net.Calendar calendar = Ical.Net.Calendar.Load(await ics.Content.ReadAsStringAsync())!;
        CalendarEvent[] events = [.. calendar.Events.OrderBy(e => e.DtStart!.Value)];
        Assert.Equal(2, events.Length);
        Assert.Contains("Аким области Бахытжан Сапарбаев", events[0].Summary, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2030, 6, 12, 10, 0, 0, TimeSpan.FromHours(5)), events[0].DtStart!.AsUtc);
        Assert.Equal(new DateTimeOffset(2030, 6, 19, 17, 0, 0, TimeSpan.FromHours(5)), events[1].DtEnd!.AsUtc);
    }

    [Theory]
    [InlineData("/api/schedule?lang=ru", "month")]
    [InlineData("/api/schedule?month=2030-13&lang=ru", "month")]
    [InlineData("/api/schedule?month=2030-06&lang=en", "lang")]
    [InlineData("/api/schedule?month=2030-06&format=pdf", "format")]
    public async Task Schedule_BadQuery_Is400NamingTheParameter(string url, string field)
    {
        (HttpStatusCode status, JsonElement problem) = await ReceptionApi.GetAsync(Client, url, apiKey: null);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    private async Task AddDayAsync(string official, string kk, string ru, string date, string start, string end, string mode)
    {
        (HttpStatusCode status, JsonElement reply) = await ReceptionApi.PostAsync(Client, "/api/schedule", $$"""
            { "officialId": "{{official}}", "officialName": { "kk": "{{kk}}", "ru": "{{ru}}" },
              "date": "{{date}}", "start": "{{start}}", "end": "{{end}}", "slotMinutes": 20, "mode": "{{mode}}" }
            """, "dev-office");
        Assert.True(status == HttpStatusCode.Created, reply.ToString());
    }
}
