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

    [Fact]
    public async Task R12_ReportingMeeting_RequiresReceptionsOnTheWorkingDaysAroundIt_AndTheCheckSaysWhichAreMissing()
    {
        // Wed 16 October 2030: receptions needed Tue 15 and Thu 17 October.
        (HttpStatusCode added, JsonElement meeting) = await ReceptionApi.PostAsync(Client, "/api/reporting-meetings",
            """{ "officialId": "deputy-r12", "date": "2030-10-16", "place": "Қонаев" }""", "dev-office");
        Assert.Equal(HttpStatusCode.Created, added);
        Assert.Equal(("2030-10-15", "2030-10-17"), (meeting.GetProperty("receptionDayBefore").GetString(), meeting.GetProperty("receptionDayAfter").GetString()));
        await AddDayAsync("deputy-r12", "Орынбасар", "Заместитель", "2030-10-15", "10:00:00", "12:00:00", "inPerson");

        (HttpStatusCode status, JsonElement check) = await ReceptionApi.GetAsync(Client, "/api/schedule/check?month=2030-10", "dev-department");
        Assert.Equal(HttpStatusCode.OK, status);
        JsonElement missing = Assert.Single(check.GetProperty("missingAroundReportingMeetings").EnumerateArray(), m => m.GetProperty("officialId").GetString() == "deputy-r12");
        Assert.Equal(("2030-10-17", "afterReportingMeeting"), (missing.GetProperty("date").GetString(), missing.GetProperty("kind").GetString()));

        await AddDayAsync("deputy-r12", "Орынбасар", "Заместитель", "2030-10-17", "10:00:00", "12:00:00", "inPerson");
        (_, check) = await ReceptionApi.GetAsync(Client, "/api/schedule/check?month=2030-10", "dev-office");
        Assert.DoesNotContain(check.GetProperty("missingAroundReportingMeetings").EnumerateArray(), m => m.GetProperty("officialId").GetString() == "deputy-r12");

        (HttpStatusCode bad, _) = await ReceptionApi.PostAsync(Client, "/api/reporting-meetings", """{ "officialId": "deputy-r12" }""", "dev-office");
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        (HttpStatusCode forbidden, _) = await ReceptionApi.PostAsync(Client, "/api/reporting-meetings", """{ "officialId": "x", "date": "2030-10-16" }""", "dev-department");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden);
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
