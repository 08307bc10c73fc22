using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Reception.EndToEnd.Infrastructure;

/// <summary>Reception days the tests need, added as the office adds them.</summary>
public static class ReceptionDays
{
    /// <summary>A day of <paramref name="officialId"/> on the first working day 30 days from the service's today (10:00–12:00, 20-minute slots unless asked otherwise).</summary>
    public static async Task<DateOnly> AddAsync(HttpClient client, string officialId, string start = "10:00:00", string end = "12:00:00", int slotMinutes = 20)
    {
        (_, JsonElement clock) = await ReceptionApi.GetAsync(client, "/api/clock", apiKey: null);
        DateOnly day = WorkingDays.OnOrAfter(DateOnly.Parse(clock.GetProperty("today").GetString()!, CultureInfo.InvariantCulture).AddDays(30));
        (HttpStatusCode status, _) = await ReceptionApi.PostAsync(client, "/api/schedule", $$"""
            { "officialId": "{{officialId}}", "officialName": { "kk": "Орынбасар", "ru": "Заместитель" },
              "date": "{{day:yyyy-MM-dd}}", "start": "{{start}}", "end": "{{end}}", "slotMinutes": {{slotMinutes}}, "mode": "inPerson" }
            """, "dev-office");
        // Not an xunit assertion: the benchmarks share this file.
        return status == HttpStatusCode.Created ? day : throw new InvalidOperationException($"Adding a reception day of {officialId} answered {(int)status}.");
    }
}
