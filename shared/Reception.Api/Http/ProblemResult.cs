using Microsoft.AspNetCore.Http;
using Reception.Api.Localization;
using Reception.Workflow.Serialization;

namespace Reception.Api.Http;

/// <summary>
/// A problem+json body written in the reader's language (<see cref="ServiceTexts"/>): its title,
/// detail and field errors are translated when the request asks for kk or ru; the field paths and
/// the status stay as they are, so a client matches errors to its fields whatever the language.
/// </summary>
internal sealed class ProblemResult(int statusCode, IReadOnlyDictionary<string, object> body) : IResult, IStatusCodeHttpResult
{
    public int? StatusCode => statusCode;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        string? language = ServiceTexts.LanguageOf(httpContext.Request);
        var written = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach ((string key, object value) in body)
        {
            written[key] = (key, value) switch
            {
                ("title" or "detail", string text) => ServiceTexts.Translate(text, language),
                ("errors", IReadOnlyDictionary<string, string[]> errors) => errors.ToDictionary(
                    e => e.Key, e => e.Value.Select(m => ServiceTexts.Translate(m, language)).ToArray(), StringComparer.Ordinal),
                _ => value,
            };
        }

        ServiceTexts.MarkLanguage(httpContext.Response, language);

        return Results.Json(written, ReceptionJson.Options, Problems.ContentType, statusCode).ExecuteAsync(httpContext);
    }
}
