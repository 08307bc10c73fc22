using Microsoft.AspNetCore.Http;
using Reception.Domain.Validation;
using Reception.Api.Auth;
using Reception.Api.Http;
using Reception.Workflow.Appeals;
using Reception.Workflow.Reports;
using Reception.Workflow.Serialization;

namespace Reception.Api.Reports;

/// <summary><c>GET /api/reports/quarterly/{year}/{quarter}</c> (reports): JSON, or <c>?format=csv|html</c> (R25).</summary>
public sealed class ReportEndpoints(IReportCounters counters)
{
    public async Task<IResult> QuarterlyAsync(HttpRequest request, int year, int quarter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var errors = new ValidationErrors();
        if (year is < 2020 or > 2100)
        {
            errors.Add("year", "A year from 2020 to 2100.");
        }

        if (quarter is < 1 or > 4)
        {
            errors.Add("quarter", "A quarter from 1 to 4.");
        }

        string? format = request.Query["format"];
        if (format is not (null or "json" or "csv" or "html"))
        {
            errors.Add("format", "json (the default), csv or html.");
        }

        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        QuarterlyReport report = QuarterlyReport.From(year, quarter, await counters.QuarterAsync(year, quarter, cancellationToken));
        return format switch
        {
            "csv" => Results.Text(report.ToCsv(), "text/csv; charset=utf-8"),
            "html" => Results.Text(QuarterlyReportPage.Render(report), "text/html; charset=utf-8"),
            _ => Results.Json(report, ReceptionJson.Options),
        };
    }
}
