using System.Globalization;
using System.Net;
using System.Text;

namespace Reception.Workflow.Reports;

/// <summary>The quarterly report as an HTML page with SVG bar charts: people would rather look than read.</summary>
public static class QuarterlyReportPage
{
    public static string Render(QuarterlyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html>
            <html lang="ru"><head><meta charset="utf-8"><title>Личный прием: итоги {{report.Year}} Q{{report.Quarter}}</title>
            <style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto;color:#222} h2{margin-top:2rem} td,th{padding:.2rem .8rem;text-align:left} .bar{fill:#2b6cb0} .bad{fill:#c53030}</style>
            </head><body>
            <h1>Итоги личного приема граждан — {{report.Year}}, {{report.Quarter}} квартал</h1>
            <p>Зарегистрировано обращений: <b>{{report.Registered}}</b>; из них вне очереди: <b>{{report.OutOfTurnShare:P1}}</b>.</p>
            """);
        Chart(html, "Обращения по каналам", report.AppealsByChannel, bad: null);
        Chart(html, "Итоги рассмотрения", report.AppealsByOutcome, bad: null);
        Chart(html, "Сроки соблюдены", report.Deadlines.ToDictionary(d => d.Key, d => d.Value.Met), bad: null);
        Chart(html, "Сроки нарушены", report.Deadlines.ToDictionary(d => d.Key, d => d.Value.Missed), bad: true);
        Chart(html, "Приемы по должностным лицам", report.ReceptionsPerOfficial, bad: null);
        html.Append(CultureInfo.InvariantCulture, $"""
            <h2>Поручения (R20)</h2>
            <table><tr><th>дано</th><th>исполнено</th><th>на контроле</th><th>просрочено</th></tr>
            <tr><td>{report.Instructions.Opened}</td><td>{report.Instructions.Closed}</td><td>{report.Instructions.Open}</td><td>{report.Instructions.Overdue}</td></tr></table>
            <h2>Удовлетворенность (R23)</h2>
            <p>Опрошено: {report.Satisfaction.Surveyed}; средняя оценка: {(report.Satisfaction.AverageScore is { } avg ? avg.ToString("0.00", CultureInfo.InvariantCulture) + " из 5" : "—")}.</p>
            </body></html>
            """);
        return html.ToString();
    }

    // A horizontal bar per key, scaled to the largest value.
    private static void Chart(StringBuilder html, string title, IReadOnlyDictionary<string, long> values, bool? bad)
    {
        const int row = 24, width = 400, label = 180;
        html.Append(CultureInfo.InvariantCulture, $"<h2>{WebUtility.HtmlEncode(title)}</h2>\n");
        if (values.Count == 0)
        {
            html.Append("<p>—</p>\n");
            return;
        }

        long max = Math.Max(1, values.Values.Max());
        html.Append(CultureInfo.InvariantCulture, $"<svg role=\"img\" aria-label=\"{WebUtility.HtmlEncode(title)}\" width=\"{label + width + 60}\" height=\"{values.Count * row}\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        int y = 0;
        foreach ((string key, long value) in values)
        {
            int length = (int)(width * value / max);
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 16}\">{WebUtility.HtmlEncode(key)}</text>");
            html.Append(CultureInfo.InvariantCulture, $"<rect class=\"{(bad == true ? "bad" : "bar")}\" x=\"{label}\" y=\"{y + 4}\" width=\"{length}\" height=\"16\"/>");
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{label + length + 6}\" y=\"{y + 16}\">{value}</text>\n");
            y += row;
        }

        html.Append("</svg>\n");
    }
}
