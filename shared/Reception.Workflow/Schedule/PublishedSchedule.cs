using System.Globalization;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Reception.Domain.Appeals;
using Reception.Domain.Schedule;

namespace Reception.Workflow.Schedule;

/// <summary>
/// The schedule as the public reads it (R13): every reception day of a month with the official's
/// full name in Kazakh or Russian; never who is booked.
/// </summary>
public sealed record PublishedSchedule(string Month, Language Language, IReadOnlyList<PublishedDay> Days)
{
    public static PublishedSchedule From(int year, int month, Language language, IEnumerable<ScheduledDay> days) => new(
        string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}"),
        language,
        [.. days.OrderBy(d => d.Date).ThenBy(d => d.Start).Select(d => new PublishedDay(
            d.Date, d.OfficialId, language == Language.Kk ? d.Name.Kk : d.Name.Ru, d.Start, d.End, d.Mode, d.Kind, d.ToReceptionDay().Slots.Count))]);

    /// <summary>The month as an iCalendar file: one event per reception day, in Asia/Almaty time.</summary>
    /// <param name="stamp">The service's clock now: the events' DTSTAMP.</param>
    public string ToICalendar(DateTimeOffset stamp)
    {
        var calendar = new Ical.Net.Calendar();
        calendar.AddTimeZone("Asia/Almaty");
        calendar.AddProperty("X-WR-CALNAME", Language == Language.Kk ? $"Жеке қабылдау кестесі {Month}" : $"График личного приема {Month}");
        foreach (PublishedDay day in Days)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = string.Create(CultureInfo.InvariantCulture, $"{day.OfficialId}-{day.Date:yyyyMMdd}-{day.Start:HHmm}@reception.almaty"),
                Summary = Language == Language.Kk ? $"{day.Official}: азаматтарды жеке қабылдау" : $"{day.Official}: личный прием граждан",
                Description = Language == Language.Kk
                    ? (day.Mode == ReceptionMode.Video ? "Бейнеконференц байланыс арқылы" : "Жеке өзі келу арқылы")
                    : (day.Mode == ReceptionMode.Video ? "Посредством видеоконференцсвязи" : "Очно"),
                DtStart = new CalDateTime(day.Date, day.Start, "Asia/Almaty"),
                DtEnd = new CalDateTime(day.Date, day.End, "Asia/Almaty"),
                DtStamp = new CalDateTime(stamp.UtcDateTime),
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }
}
