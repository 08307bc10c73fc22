namespace Reception.Domain.Deadlines;

/// <summary>How a term of the regulation is counted.</summary>
public enum TermUnit
{
    /// <summary>Every day counts (R8: "15 calendar days from registration").</summary>
    CalendarDays,

    /// <summary>Only working days of the calendar count (R4: "3 working days").</summary>
    WorkingDays,

    /// <summary>Calendar months (the later law's "up to 2 months").</summary>
    Months,
}
