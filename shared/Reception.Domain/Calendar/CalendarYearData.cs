using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reception.Domain.Calendar;

/// <summary>
/// What a year's calendar cannot compute from fixed rules: its movable feasts (the first day of
/// Kurban Ait) and the Government's transfers of days off, both ways.
/// </summary>
/// <param name="MovableHolidays">Days off whose dates change every year; they never move off a weekend.</param>
/// <param name="TransferredDaysOff">Weekdays made days off by decree.</param>
/// <param name="TransferredWorkingDays">Saturdays or Sundays made working days by decree.</param>
/// <param name="Source">Where the data comes from (decree), for whoever checks it.</param>
public sealed record CalendarYearData(
    int Year,
    IReadOnlyList<DateOnly> MovableHolidays,
    IReadOnlyList<DateOnly> TransferredDaysOff,
    IReadOnlyList<DateOnly> TransferredWorkingDays,
    string? Source = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Parses one year, or a JSON array of years, from the format of <c>Calendar/Data/*.json</c>.</summary>
    /// <exception cref="FormatException">The text is not such data, or a date lies outside its year.</exception>
    public static IReadOnlyList<CalendarYearData> ParseJson(string json)
    {
        try
        {
            string trimmed = json.TrimStart();
            List<CalendarYearData> years = trimmed.StartsWith('[')
                ? JsonSerializer.Deserialize<List<CalendarYearData>>(json, Json) ?? []
                : [JsonSerializer.Deserialize<CalendarYearData>(json, Json) ?? throw new FormatException("Empty calendar data.")];
            years.ForEach(y => y.Validate());
            return years;
        }
        catch (JsonException ex)
        {
            throw new FormatException("Calendar data is not valid: " + ex.Message, ex);
        }
    }

    private void Validate()
    {
        IEnumerable<DateOnly> all = (MovableHolidays ?? []).Concat(TransferredDaysOff ?? []).Concat(TransferredWorkingDays ?? []);
        DateOnly? stray = all.Cast<DateOnly?>().FirstOrDefault(d => d!.Value.Year != Year);
        if (stray is not null)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Calendar data for {Year} lists {stray:yyyy-MM-dd}, a date of another year."));
        }
    }
}
