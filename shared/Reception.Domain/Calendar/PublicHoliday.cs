using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reception.Domain.Calendar;

/// <summary>
/// A public holiday that is a day off every year on the same date, for the years its law applies
/// (<see cref="From"/> to <see cref="Until"/>, both inclusive, either open): the list changes with
/// the Law "On holidays", so it is data (<c>Calendar/holidays.json</c>), not code.
/// </summary>
/// <param name="MovesOffWeekend">
/// A holiday on a Saturday or Sunday gives the next working day off (Law "On holidays" art. 5);
/// religious holidays (Orthodox Christmas, Kurban Ait) never move (Labour Code art. 84).
/// </param>
/// <param name="Source">The act that makes it a day off, for whoever checks it.</param>
public sealed record PublicHoliday(
    string Name,
    int Month,
    int Day,
    bool MovesOffWeekend,
    string Source,
    DateOnly? From = null,
    DateOnly? Until = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The holiday's date in <paramref name="year"/>, or null when its law does not apply that year.</summary>
    public DateOnly? In(int year)
    {
        var date = new DateOnly(year, Month, Day);
        return (From is null || date >= From) && (Until is null || date <= Until) ? date : null;
    }

    /// <summary>Parses <c>{ "holidays": [ … ] }</c>, the format of <c>Calendar/holidays.json</c>.</summary>
    /// <exception cref="FormatException">The text is not such a list, or an entry is not a real date, or has no source.</exception>
    public static IReadOnlyList<PublicHoliday> ParseJson(string json)
    {
        HolidayList? list;
        try
        {
            list = JsonSerializer.Deserialize<HolidayList>(json, Json);
        }
        catch (JsonException ex)
        {
            throw new FormatException("The holiday list is not valid: " + ex.Message, ex);
        }

        IReadOnlyList<PublicHoliday> holidays = list?.Holidays ?? throw new FormatException("The holiday list has no \"holidays\" array.");
        foreach (PublicHoliday holiday in holidays)
        {
            holiday.Validate();
        }

        return holidays;
    }

    private void Validate()
    {
        // 29 February would silently vanish three years in four: no Kazakh holiday is on it, so refuse it.
        if (Month is < 1 or > 12 || Day < 1 || Day > DateTime.DaysInMonth(2001, Month))
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"The holiday '{Name}' has no date every year: month {Month}, day {Day}."));
        }

        if (string.IsNullOrWhiteSpace(Name) || string.IsNullOrWhiteSpace(Source))
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"The holiday on {Day}.{Month} needs a name and the source that makes it a day off."));
        }

        if (From is not null && Until is not null && Until < From)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"The holiday '{Name}' stops ({Until:yyyy-MM-dd}) before it starts ({From:yyyy-MM-dd})."));
        }
    }

    private sealed record HolidayList(IReadOnlyList<PublicHoliday>? Holidays);
}
