using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Reception.Api.Reports;

namespace Reception.Functions.Reports;

/// <summary>The quarterly report (R25).</summary>
public sealed class ReportFunctions(ReportEndpoints endpoints)
{
    [Function("QuarterlyReport")]
    public Task<IResult> Quarterly(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/reports/quarterly/{year:int}/{quarter:int}")] HttpRequest request,
        int year, int quarter, CancellationToken cancellationToken) =>
        endpoints.QuarterlyAsync(request, year, quarter, cancellationToken);
}
