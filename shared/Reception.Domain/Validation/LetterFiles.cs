namespace Reception.Domain.Validation;

/// <summary>
/// What an answer letter may be (issue 30): a PDF or an image (PNG, JPEG), at most
/// <see cref="MaxBytes"/>, whose first bytes are what its declared type says, so a page or a
/// script can never be served to an applicant under a document's name.
/// </summary>
public static class LetterFiles
{
    /// <summary>5 MiB: a scanned letter of a few pages.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    public static IReadOnlyList<string> ContentTypes { get; } = ["application/pdf", "image/png", "image/jpeg"];

    /// <summary>The declared media type without parameters, lower case, if it is one of <see cref="ContentTypes"/>; else null.</summary>
    public static string? Accepted(string? declared)
    {
        string type = (declared ?? string.Empty).Split(';')[0].Trim().ToLowerInvariant();
        return ContentTypes.Contains(type) ? type : null;
    }

    /// <summary>Null when <paramref name="content"/> starts as <paramref name="contentType"/> files do; else why not.</summary>
    public static string? Mismatch(string contentType, ReadOnlySpan<byte> content) => contentType switch
    {
        "application/pdf" when content.StartsWith("%PDF-"u8) => null,
        "image/png" when content.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }) => null,
        "image/jpeg" when content.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }) => null,
        _ => $"The file is not a {contentType} file: its content does not start as one does.",
    };
}
