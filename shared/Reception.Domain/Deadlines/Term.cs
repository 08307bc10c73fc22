using System.Globalization;
using Reception.Domain.Calendar;

namespace Reception.Domain.Deadlines;

/// <summary>A length of time as the law states it: <c>3 workingDays</c>, <c>15 calendarDays</c>, <c>2 months</c>.</summary>
/// <remarks>
/// A working-day term of 0 means "the same day, or the next working day when that is not one"
/// (the later law's "registration on the day of receipt").
/// </remarks>
public sealed record Term
{
    public Term(int length, TermUnit unit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Length = length;
        Unit = unit;
    }

    public int Length { get; }

    public TermUnit Unit { get; }

    public static Term WorkingDays(int length) => new(length, TermUnit.WorkingDays);

    public static Term CalendarDays(int length) => new(length, TermUnit.CalendarDays);

    public static Term Months(int length) => new(length, TermUnit.Months);

    /// <summary>The date this term after <paramref name="from"/>.</summary>
    public DateOnly After(DateOnly from, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return Unit switch
        {
            TermUnit.WorkingDays => Length == 0 ? calendar.WorkingDayOnOrAfter(from) : calendar.AddWorkingDays(from, Length),
            TermUnit.CalendarDays => from.AddDays(Length),
            _ => from.AddMonths(Length),
        };
    }

    /// <summary>The date this term before <paramref name="to"/> (R5: "5 working days before the reception").</summary>
    public DateOnly Before(DateOnly to, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return Unit switch
        {
            TermUnit.WorkingDays => calendar.SubtractWorkingDays(to, Length),
            TermUnit.CalendarDays => to.AddDays(-Length),
            _ => to.AddMonths(-Length),
        };
    }

    /// <summary>Parses <c>"3 workingDays"</c>, <c>"15 calendarDays"</c> or <c>"2 months"</c>.</summary>
    /// <exception cref="FormatException">Any other text, with what is expected.</exception>
    public static Term Parse(string text)
    {
        string[] parts = (text ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int length)
            && CamelCaseNames.TryParse(parts[1], out TermUnit unit))
        {
            return new Term(length, unit);
        }

        throw new FormatException($"'{text}' is not a term: write '<days> workingDays', '<days> calendarDays' or '<n> months'.");
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Length} {CamelCaseNames.Of(Unit)}");
}
