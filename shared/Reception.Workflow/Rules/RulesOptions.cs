namespace Reception.Workflow.Rules;

/// <summary>
/// Configuration of the regulation's data: <c>Reception:Calendar:OverrideFile</c> (a JSON array of
/// years in the format of the shipped calendar data, replacing shipped years),
/// <c>Reception:Calendar:HolidaysFile</c> (a holiday list in the format of the shipped
/// <c>Calendar/holidays.json</c>, replacing it: a change of the Law "On holidays" without a release) and
/// <c>Reception:Deadlines</c> (term name → "15 calendarDays", replacing the seed's terms).
/// </summary>
public sealed class RulesOptions
{
    public const string CalendarOverrideKey = "Reception:Calendar:OverrideFile";
    public const string HolidaysFileKey = "Reception:Calendar:HolidaysFile";
    public const string DeadlinesSection = "Reception:Deadlines";
}
