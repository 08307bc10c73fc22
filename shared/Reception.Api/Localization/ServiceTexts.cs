using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Reception.Api.Localization;

/// <summary>
/// The service's own sentences (history details, problem details and field errors) in the reader's
/// language (issue 30: no English inside a kk/ru page). The code writes them in English; at the
/// HTTP boundary each is matched against the templates of <c>texts.json</c> and given in Kazakh or
/// Russian, with the template's placeholders (<c>{name}</c>) carried over as written: ids, dates,
/// names and reasons a person typed stay as they are. A sentence without a template stays English.
/// </summary>
public static partial class ServiceTexts
{
    private static readonly IReadOnlyList<Entry> Entries = Load();

    /// <summary>The reader's language from <c>Accept-Language</c>: <c>kk</c> or <c>ru</c> when it asks for one, else null (English).</summary>
    public static string? LanguageOf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        foreach (string? value in request.Headers.AcceptLanguage)
        {
            foreach (string part in (value ?? string.Empty).Split(','))
            {
                string[] pieces = part.Split(';');
                string tag = pieces[0].Trim().ToLowerInvariant();
                if (pieces.Skip(1).Any(p => p.Trim() is "q=0" or "q=0.0" or "q=0.00" or "q=0.000"))
                {
                    continue; // "not this one" (RFC 9110 §12.4.2)
                }

                if (tag.StartsWith("kk", StringComparison.Ordinal) || tag.StartsWith("ru", StringComparison.Ordinal))
                {
                    return tag[..2];
                }

                if (tag.StartsWith("en", StringComparison.Ordinal))
                {
                    return null;
                }
            }
        }

        return null;
    }

    /// <summary><paramref name="english"/> in <paramref name="language"/> (kk, ru), or unchanged when there is no template or no language.</summary>
    public static string Translate(string english, string? language)
    {
        if (language is null || string.IsNullOrEmpty(english))
        {
            return english;
        }

        try
        {
            foreach (Entry entry in Entries)
            {
                Match match = entry.Pattern.Match(english);
                if (match.Success)
                {
                    string template = language == "kk" ? entry.Kk : entry.Ru;
                    return Placeholder().Replace(template, m => match.Groups[m.Groups[1].Value].Value);
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A long text a person typed against a template with several open parts: the English
            // is still an answer, a failed page is not.
        }

        return english;
    }

    /// <summary>Whether a template covers <paramref name="english"/> (for tests of completeness).</summary>
    public static bool IsCovered(string english) => Entries.Any(e => e.Pattern.IsMatch(english));

    /// <summary>The index of the first template that covers <paramref name="english"/>, or -1 (for tests of the templates' order).</summary>
    public static int FirstCovering(string english)
    {
        for (int i = 0; i < Entries.Count; i++)
        {
            if (Entries[i].Pattern.IsMatch(english))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Marks a response as given in <paramref name="language"/>, and as varying by the reader's language (caches keep each).</summary>
    public static void MarkLanguage(HttpResponse response, string? language)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.Append("Vary", "Accept-Language");
        if (language is not null)
        {
            response.Headers.ContentLanguage = language;
        }
    }

    private static List<Entry> Load()
    {
        using Stream stream = typeof(ServiceTexts).Assembly.GetManifestResourceStream("Reception.Api.Localization.texts.json")
            ?? throw new InvalidOperationException("The embedded texts.json is missing.");
        using JsonDocument texts = JsonDocument.Parse(stream);
        return [.. texts.RootElement.EnumerateArray().Select(e => new Entry(
            Compile(e.GetProperty("en").GetString()!), e.GetProperty("kk").GetString()!, e.GetProperty("ru").GetString()!))];
    }

    // "Registered as {number}." → ^Registered\ as\ (?<number>.+?)\.$ ; a name used twice must match the same text.
    private static Regex Compile(string template)
    {
        var pattern = new System.Text.StringBuilder("^");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int at = 0;
        foreach (Match m in Placeholder().Matches(template))
        {
            pattern.Append(Regex.Escape(template[at..m.Index]));
            string name = m.Groups[1].Value;
            pattern.Append(seen.Add(name) ? $"(?<{name}>.+?)" : $@"\k<{name}>");
            at = m.Index + m.Length;
        }

        pattern.Append(Regex.Escape(template[at..])).Append('$');
        return new Regex(pattern.ToString(), RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
    }

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();

    private sealed record Entry(Regex Pattern, string Kk, string Ru);
}
