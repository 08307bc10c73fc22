using Microsoft.AspNetCore.Http;
using Reception.Api.Http;

namespace Reception.Api.Pages;

/// <summary>
/// The pages of docs/api.md: the staff workbench at <c>/</c>, the applicant's page at <c>/status</c>,
/// and their files at <c>/web/…</c>: static files from the <c>web</c> folder beside the
/// service's binaries (both hosts copy the repository's <c>web/</c> there at build).
/// </summary>
public sealed class PageEndpoints
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".ico"] = "image/x-icon",
    };

    private readonly string root;

    public PageEndpoints()
        : this(Path.Combine(AppContext.BaseDirectory, "web"))
    {
    }

    public PageEndpoints(string root) => this.root = Path.GetFullPath(root);

    public IResult Workbench(HttpResponse response) => Serve(response, "index.html");

    public IResult ApplicantPage(HttpResponse response) => Serve(response, "status.html");

    /// <summary><c>/web/{path}</c>: a file of the folder; anything outside it, or of an unknown type, is 404.</summary>
    public IResult Asset(HttpResponse response, string? path) =>
        string.IsNullOrEmpty(path) || path.Contains("..", StringComparison.Ordinal) || path.Contains('\\', StringComparison.Ordinal)
            ? Problems.NotFound("No such file.")
            : Serve(response, path);

    private IResult Serve(HttpResponse response, string relative)
    {
        ArgumentNullException.ThrowIfNull(response);
        string full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || !ContentTypes.TryGetValue(Path.GetExtension(full), out string? type)
            || !File.Exists(full))
        {
            return Problems.NotFound($"No such file: {relative}.");
        }

        // Same-origin scripts and styles only; the pages never load anything from elsewhere.
        response.Headers["Content-Security-Policy"] =
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'";
        response.Headers["X-Content-Type-Options"] = "nosniff";
        response.Headers.CacheControl = "no-cache";
        return Results.Bytes(File.ReadAllBytes(full), type);
    }
}
