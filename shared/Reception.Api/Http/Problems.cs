using Microsoft.AspNetCore.Http;
using Reception.Domain.Validation;
using Reception.Workflow.Serialization;

namespace Reception.Api.Http;

/// <summary>
/// <c>application/problem+json</c> responses (RFC 9457) as docs/api.md describes them: title, status,
/// detail, and for validation an <c>errors</c> object of field path → messages. Never a stack trace.
/// </summary>
public static class Problems
{
    public const string ContentType = "application/problem+json";

    public static IResult Validation(ValidationErrors errors, string detail = "The request has invalid fields; see errors.") =>
        Create(StatusCodes.Status400BadRequest, "Invalid request", detail, errors.ToDictionary());

    public static IResult Validation(string field, string message)
    {
        var errors = new ValidationErrors();
        errors.Add(field, message);
        return Validation(errors);
    }

    public static IResult Unauthorized(string detail) =>
        Create(StatusCodes.Status401Unauthorized, "Missing or wrong credentials", detail);

    public static IResult Forbidden(string detail) =>
        Create(StatusCodes.Status403Forbidden, "Not allowed for this role", detail);

    public static IResult NotFound(string detail) =>
        Create(StatusCodes.Status404NotFound, "Not found", detail);

    public static IResult Conflict(string detail) =>
        Create(StatusCodes.Status409Conflict, "Not accepted in the appeal's current state", detail);

    public static IResult TooLarge(long limit) =>
        Create(StatusCodes.Status413PayloadTooLarge, "Request body too large", $"The body must not exceed {limit} bytes.");

    /// <summary><c>429</c>: past a rate limit; the caller sets <c>Retry-After</c>.</summary>
    public static IResult TooManyRequests(string detail) =>
        Create(StatusCodes.Status429TooManyRequests, "Too many requests", detail);

    public static IResult UnsupportedMediaType(string detail = "Send the body as application/json.") =>
        Create(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", detail);

    /// <summary>Seconds a client should wait before it tries again while storage is unreachable.</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>
    /// <c>503</c> with <c>Retry-After</c>: storage (or the durable engine on it) does not answer.
    /// The request changed nothing it could not finish on a retry (docs/api.md "When storage is unreachable").
    /// </summary>
    /// <param name="unreachable">What could not be reached (<c>tables</c>, <c>queues</c>, <c>blobs</c>, <c>workflows</c>), when known.</param>
    public static IResult StorageUnavailable(string detail, IReadOnlyList<string>? unreachable = null) =>
        new RetryAfterResult(
            Create(StatusCodes.Status503ServiceUnavailable, "Storage unreachable", detail,
                extensions: unreachable is null ? null : new Dictionary<string, object> { ["unreachable"] = unreachable }),
            RetryAfterSeconds);

    /// <summary>
    /// <c>503</c> with <c>Retry-After</c>: the appeal's workflow has not recorded its first step yet
    /// (a start is being retried after a crash). Nothing was recorded; the same request succeeds later.
    /// </summary>
    public static IResult WorkflowStarting(string detail) =>
        new RetryAfterResult(Create(StatusCodes.Status503ServiceUnavailable, "Workflow starting", detail), RetryAfterSeconds);

    private static IResult Create(
        int status, string title, string detail, IReadOnlyDictionary<string, string[]>? errors = null, IReadOnlyDictionary<string, object>? extensions = null)
    {
        var body = new Dictionary<string, object>
        {
            ["type"] = "about:blank",
            ["title"] = title,
            ["status"] = status,
            ["detail"] = detail,
        };
        if (errors is not null)
        {
            body["errors"] = errors;
        }

        foreach ((string key, object value) in extensions ?? new Dictionary<string, object>())
        {
            body[key] = value;
        }

        return new ProblemResult(status, body);
    }
}
