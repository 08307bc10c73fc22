using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Reception.EndToEnd.Infrastructure;

/// <summary>Reception days the tests need, added as the office adds them.</summary>
public static class ReceptionDays
{
    /// <summary>A day of <paramref name="officialId"/> on the first working day 30 days from the service's today.</summary>
    public static async Task<DateOnly> AddAsync(HttpClient client, string officialId)
    {
        (_, JsonElement clock) = await ReceptionApi.GetAsync(client, "/api/clock", apiKey: null);
        DateOnly day = WorkingDays.OnOrAfter(DateOnly.Parse(clock.GetProperty("today").GetString()!, CultureInfo.InvariantCulture).AddDays(30));
        (HttpStatusCode status, _) = await ReceptionApi.PostAsync(client, "/api/schedule", $$"""
            { "officialId": "{{officialId}}", "officialName": { "kk": "Орынбасар", "ru": "Заместитель" },
              "date": "{{day:yyyy-MM-dd}}", "start": "10:00:00", "end": "12:00:00", "slotMinutes": 20, "mode": "inPerson" }
            """, "dev-office");
        Assert.Equal(HttpStatusCode.Created, status);
        return day;
    }
}
