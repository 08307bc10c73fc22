namespace Reception.Domain.Deadlines;

/// <summary>
/// Where a term counted in calendar days ends when its last day is a day off. The regulation is
/// silent, so Kazakhstan's general rule applies: the term ends on the next working day (Civil
/// Code art. 173; the Law "On administrative procedures" art. 12-1, in force when the regulation
/// was adopted; README "Deadlines"). The other readings stay settings.
/// </summary>
public enum DayOffEnding
{
    /// <summary>The last working day before the day off: stricter than the law, the office's own choice.</summary>
    PreviousWorkingDay,

    /// <summary>The next working day: the law's general rule, and the default.</summary>
    NextWorkingDay,

    /// <summary>The day off itself, as counted.</summary>
    Keep,
}
