using System.Globalization;
using System.Text;

namespace Reception.Workflow.Reports;

/// <summary>
/// The results of a quarter (R25, §38) for the akim and the Presidential Administration's
/// Department for appeals, computed from the report counters.
/// </summary>
public sealed record QuarterlyReport(
    int Year,
    int Quarter,
    IReadOnlyDictionary<string, long> AppealsByChannel,
    IReadOnlyDictionary<string, long> AppealsByOutcome,
    IReadOnlyDictionary<string, DeadlineFigures> Deadlines,
    long Registered,
    double OutOfTurnShare,
    IReadOnlyDictionary<string, long> ReceptionsPerOfficial,
    InstructionFigures Instructions,
    SatisfactionFigures Satisfaction)
{
    public static QuarterlyReport From(int year, int quarter, IReadOnlyDictionary<string, long> counters)
    {
        ArgumentNullException.ThrowIfNull(counters);
        long Get(string name) => counters.GetValueOrDefault(name);
        SortedDictionary<string, long> Prefixed(string prefix) =>
            new(counters.Where(c => c.Key.StartsWith(prefix, StringComparison.Ordinal)).ToDictionary(c => c.Key[prefix.Length..], c => c.Value), StringComparer.Ordinal);

        SortedDictionary<string, long> met = Prefixed("deadline.met."), missed = Prefixed("deadline.missed.");
        var deadlines = new SortedDictionary<string, DeadlineFigures>(StringComparer.Ordinal);
        foreach (string rule in met.Keys.Union(missed.Keys))
        {
            deadlines[rule] = new DeadlineFigures(met.GetValueOrDefault(rule), missed.GetValueOrDefault(rule));
        }

        long registered = Get("registered");
        long surveyed = Get("satisfaction.count");
        return new QuarterlyReport(
            year,
            quarter,
            Prefixed("received."),
            Prefixed("outcome."),
            deadlines,
            registered,
            registered == 0 ? 0 : Math.Round((double)Get("outOfTurn") / registered, 4),
            Prefixed("receptions."),
            new InstructionFigures(Get("instructions.opened"), Get("instructions.closed"), Get("instructions.opened") - Get("instructions.closed"), Get("instructions.overdue")),
            new SatisfactionFigures(surveyed, surveyed == 0 ? null : Math.Round((double)Get("satisfaction.sum") / surveyed, 2)));
    }

    /// <summary>Section, key, value: one figure a line, for spreadsheets.</summary>
    public string ToCsv()
    {
        var csv = new StringBuilder("section,key,value\n");
        void Add(string section, string key, object value) =>
            csv.Append(CultureInfo.InvariantCulture, $"{CsvField.Text(section)},{CsvField.Text(key)},{CsvField.Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty)}\n");
        foreach ((string k, long v) in AppealsByChannel)
        {
            Add("appealsByChannel", k, v);
        }

        foreach ((string k, long v) in AppealsByOutcome)
        {
            Add("appealsByOutcome", k, v);
        }

        foreach ((string rule, DeadlineFigures f) in Deadlines)
        {
            Add("deadlinesMet", rule, f.Met);
            Add("deadlinesMissed", rule, f.Missed);
        }

        Add("appeals", "registered", Registered);
        Add("appeals", "outOfTurnShare", OutOfTurnShare);
        foreach ((string k, long v) in ReceptionsPerOfficial)
        {
            Add("receptionsPerOfficial", k, v);
        }

        Add("instructions", "opened", Instructions.Opened);
        Add("instructions", "closed", Instructions.Closed);
        Add("instructions", "open", Instructions.Open);
        Add("instructions", "overdue", Instructions.Overdue);
        Add("satisfaction", "surveyed", Satisfaction.Surveyed);
        Add("satisfaction", "averageScore", Satisfaction.AverageScore?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
        return csv.ToString();
    }
}
