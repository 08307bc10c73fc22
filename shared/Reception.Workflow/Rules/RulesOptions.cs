namespace Reception.Workflow.Rules;

/// <summary>
/// Configuration of the regulation's data: <c>Reception:Calendar:OverrideFile</c> (a JSON array of
/// years in the format of the shipped calendar data, replacing shipped years) and
/// <c>Reception:Deadlines</c> (term name → "15 calendarDays", replacing the seed's terms).
/// </summary>
public sealed class RulesOptions
{
    public const string CalendarOverrideKey = "Reception:Calendar:OverrideFile";
    public const string DeadlinesSection = "Reception:Deadlines";
}
