using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Reception.Workflow.Serialization;

namespace Reception.Api.Http;

/// <summary>
/// Reads a JSON request body within the 64 KiB limit of docs/api.md, without reading past the limit,
/// and turns every way it can be wrong into a problem response.
/// </summary>
public static class JsonBody
{
    public const int MaxBytes = 64 * 1024;

    /// <summary>The raw body, or a 415/413 problem.</summary>
    public static async Task<(byte[]? Body, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!IsJson(request.ContentType))
        {
            return (null, Problems.UnsupportedMediaType());
        }

        return await ReadAtMostAsync(request, MaxBytes, cancellationToken);
    }

    /// <summary>
    /// The raw body of any media type, or a 413 problem past <paramref name="maxBytes"/> (whatever
    /// Content-Length said), or a 400 when it cannot be read. Never reads more than one byte past the limit.
    /// </summary>
    public static async Task<(byte[]? Body, IResult? Problem)> ReadAtMostAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > maxBytes)
        {
            return (null, Problems.TooLarge(maxBytes));
        }

        // Read at most one byte past the limit: enough to know the body is too large. The buffer
        // is pooled: a fresh 64 KiB array per request was most of what intake allocated.
        byte[] buffer = ArrayPool<byte>.Shared.Rent(maxBytes + 1);
        try
        {
            int read = 0;
            try
            {
                while (read <= maxBytes)
                {
                    int n = await request.Body.ReadAsync(buffer.AsMemory(read, maxBytes + 1 - read), cancellationToken);
                    if (n == 0)
                    {
                        break;
                    }

                    read += n;
                }
            }
            catch (Exception ex) when (ex is BadHttpRequestException or IOException && !cancellationToken.IsCancellationRequested)
            {
                // Broken chunked framing, a body shorter than its Content-Length: the client's fault,
                // never "storage unreachable". Nothing was read into any store.
                return (null, Problems.Validation("$", "The body could not be read: " + ex.Message));
            }

            return read > maxBytes ? (null, Problems.TooLarge(maxBytes)) : (buffer[..read], null);
        }
        finally
        {
            // Cleared: a body holds a person's data (an IIN, a letter), and the pool lends the array on.
            ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
        }
    }

    /// <summary>
    /// The checks every JSON route makes after the route's roles (401/403, <see cref="Routing.RouteRoles"/>),
    /// in the order that reveals least: the media type and size (415/413), then the body itself (400).
    /// </summary>
    public static async Task<(T? Body, IResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        (byte[]? raw, IResult? unreadable) = await ReadAsync(request, cancellationToken);
        return unreadable is not null ? (null, unreadable) : Parse<T>(raw!);
    }

    /// <summary>Deserialises <paramref name="body"/>, or a 400 problem naming the field at fault.</summary>
    public static (T? Value, IResult? Problem) Parse<T>(byte[] body)
        where T : class
    {
        if (body.Length == 0)
        {
            return (null, Problems.Validation("$", "The body is empty; a JSON object is required."));
        }

        try
        {
            T? value = JsonSerializer.Deserialize<T>(body, ReceptionJson.Options);
            return value is null
                ? (null, Problems.Validation("$", "A JSON object is required, not null."))
                : (value, null);
        }
        catch (JsonException ex)
        {
            // A value of the wrong type belongs to its field; broken syntax to the whole body.
            string field = IsWrongType(ex) && !string.IsNullOrEmpty(ex.Path) ? ex.Path.TrimStart('$', '.') : "$";
            return (null, Problems.Validation(field.Length == 0 ? "$" : field, Describe(ex)));
        }
    }

    /// <summary>Whether the media type is JSON (<c>application/json</c> or <c>*+json</c>).</summary>
    public static bool IsJson(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return false;
        }

        string mediaType = contentType.Split(';')[0].Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsWrongType(JsonException ex) => ex.Message.Contains("could not be converted", StringComparison.Ordinal);

    // The serializer's own message names .NET types; say what the client must send instead.
    private static string Describe(JsonException ex) =>
        IsWrongType(ex) ? "The value has the wrong JSON type for this field." : "The body is not well-formed JSON.";
}
