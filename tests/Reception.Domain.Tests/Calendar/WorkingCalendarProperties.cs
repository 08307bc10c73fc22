using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Reception.Domain.Calendar;

namespace Reception.Domain.Tests.Calendar;

public class WorkingCalendarProperties
{
    private static readonly WorkingCalendar Calendar = BuiltInCalendarData.CreateCalendar();
    private static readonly DateOnly First = new(2024, 1, 1);

    // Any date from 2024 to 2027, where shipped data exists.
    private static DateOnly DateFrom(ushort offset) => First.AddDays(offset % 1461);

    [Property]
    public Property AddThenSubtractWorkingDays_FromAWorkingDay_ReturnsIt(ushort offset, byte n)
    {
        DateOnly start = Calendar.WorkingDayOnOrAfter(DateFrom(offset));
        int count = n % 60;
        return (Calendar.SubtractWorkingDays(Calendar.AddWorkingDays(start, count), count) == start).ToProperty();
    }

    [Property]
    public Property AddWorkingDays_Positive_LandsOnAWorkingDay(ushort offset, byte n)
    {
        int count = 1 + (n % 60);
        return Calendar.IsWorkingDay(Calendar.AddWorkingDays(DateFrom(offset), count)).ToProperty()
            .And(Calendar.IsWorkingDay(Calendar.SubtractWorkingDays(DateFrom(offset), count)));
    }

    [Property]
    public Property AddWorkingDays_IsMonotoneInTheStartDate(ushort a, ushort b, byte n)
    {
        DateOnly earlier = DateFrom(Math.Min(a, b) == a ? a : b);
        DateOnly later = DateFrom(Math.Min(a, b) == a ? b : a);
        (earlier, later) = earlier <= later ? (earlier, later) : (later, earlier);
        int count = n % 60;
        return (Calendar.AddWorkingDays(earlier, count) <= Calendar.AddWorkingDays(later, count)).ToProperty();
    }

    [Property]
    public Property AddWorkingDays_IsStrictlyMonotoneInTheCount(ushort offset, byte n)
    {
        DateOnly start = DateFrom(offset);
        int count = n % 60;
        return (Calendar.AddWorkingDays(start, count) < Calendar.AddWorkingDays(start, count + 1)).ToProperty();
    }

    [Property]
    public Property AddCalendarDays_IsMonotone(ushort offset, byte n, byte m)
    {
        DateOnly start = DateFrom(offset);
        int small = Math.Min(n, m), large = Math.Max(n, m);
        return (WorkingCalendar.AddCalendarDays(start, small) <= WorkingCalendar.AddCalendarDays(start, large)).ToProperty();
    }

    [Property]
    public Property AddWorkingDays_CountsExactlyNWorkingDaysInBetween(ushort offset, byte n)
    {
        DateOnly start = DateFrom(offset);
        int count = n % 40;
        DateOnly end = Calendar.AddWorkingDays(start, count);
        int between = Enumerable.Range(1, end.DayNumber - start.DayNumber).Count(i => Calendar.IsWorkingDay(start.AddDays(i)));
        return (between == count).ToProperty();
    }
}
