using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Reception.Api.Pages;

namespace Reception.Functions.Pages;

/// <summary>
/// The workbench at <c>/</c>, the applicant's page at <c>/status</c>, and their files at
/// <c>/web/…</c> (docs/api.md "Pages"). host.json's route prefix is empty so that <c>/</c> is ours;
/// every API function's route starts with <c>api/</c> itself. The Functions host orders routes by
/// function name, not by how specific they are, so no route here overlaps another.
/// </summary>
public sealed class PageFunctions(PageEndpoints pages)
{
    [Function("Workbench")]
    public IResult Workbench(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "{page:regex(^index\\.html$)?}")] HttpRequest request) =>
        pages.Workbench(request.HttpContext.Response);

    [Function("ApplicantPage")]
    public IResult ApplicantPage(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "status/{trackingCode?}")] HttpRequest request) =>
        pages.ApplicantPage(request.HttpContext.Response);

    [Function("WebAsset")]
    public IResult Asset(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "web/{*path}")] HttpRequest request, string path) =>
        pages.Asset(request.HttpContext.Response, path);
}
