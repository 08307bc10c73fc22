namespace Reception.Domain.Deadlines;

/// <summary>
/// Where a term the office must meet ends when its last day is a day off. The regulation is
/// silent; the seed takes the reading that protects the applicant (docs/regulation/rules.md: where the text is
/// silent, the applicant's side): the office acts by the working day before.
/// </summary>
public enum DayOffEnding
{
    /// <summary>The last working day before the day off (the seed).</summary>
    PreviousWorkingDay,

    /// <summary>The next working day (the Civil Code's reading for terms a person must meet).</summary>
    NextWorkingDay,

    /// <summary>The day off itself, as counted.</summary>
    Keep,
}
