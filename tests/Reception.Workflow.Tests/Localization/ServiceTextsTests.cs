using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Reception.Api.Localization;

namespace Reception.Workflow.Tests.Localization;

/// <summary>Issue 30: the service's own sentences reach a kk/ru reader in their language.</summary>
public partial class ServiceTextsTests
{
    [Theory]
    [InlineData("kk", "RCP-2026-000001 нөмірімен тіркелді.")]
    [InlineData("ru", "Зарегистрировано под номером RCP-2026-000001.")]
    public void AHistoryDetail_IsGivenInTheReadersLanguage_WithItsValuesAsWritten(string language, string expected) =>
        Assert.Equal(expected, ServiceTexts.Translate("Registered as RCP-2026-000001.", language));

    [Theory]
    [InlineData("Received through callCenter.", "Поступило через колл-центр.")]
    [InlineData("Received through paper.", "Поступило на бумаге.")]
    public void TheChannelOfReceipt_IsNamedInWords_NotAsItsValue(string english, string expected) =>
        Assert.Equal(expected, ServiceTexts.Translate(english, "ru"));

    [Fact]
    public void ASentenceWithoutATemplate_OrAnEnglishReader_GetsTheEnglish()
    {
        Assert.Equal("Something new.", ServiceTexts.Translate("Something new.", "kk"));
        Assert.Equal("Registered as RCP-2026-000001.", ServiceTexts.Translate("Registered as RCP-2026-000001.", null));
    }

    [Theory]
    [InlineData("kk", "kk")]
    [InlineData("ru-RU,ru;q=0.9,en;q=0.8", "ru")]
    [InlineData("en-US,kk;q=0.5", null)]
    [InlineData("", null)]
    [InlineData("ru;q=0, kk", "kk")]
    public void TheLanguage_ComesFromAcceptLanguage(string header, string? expected)
    {
        var http = new DefaultHttpContext();
        http.Request.Headers.AcceptLanguage = header;
        Assert.Equal(expected, ServiceTexts.LanguageOf(http.Request));
    }

    [Fact]
    public void EveryTemplate_HasTheSamePlaceholdersInEachLanguage_AndNoEmptyText()
    {
        using JsonDocument texts = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, "shared", "Reception.Api", "Localization", "texts.json")));
        foreach (JsonElement entry in texts.RootElement.EnumerateArray())
        {
            string en = entry.GetProperty("en").GetString()!;
            foreach (string language in new[] { "kk", "ru" })
            {
                string text = entry.GetProperty(language).GetString()!;
                Assert.False(string.IsNullOrWhiteSpace(text), en);
                Assert.Equal(Names(en), Names(text));
            }
        }
    }

    /// <summary>
    /// Every history detail the workflow writes and every field error and problem detail the
    /// API writes as a literal has a kk/ru text: the sentences are read from the source, each
    /// interpolation hole filled with a sample value.
    /// </summary>
    [Fact]
    public void EveryServiceSentence_InTheSource_HasAKazakhAndRussianText()
    {
        var missing = new List<string>();
        foreach (string file in Directory.EnumerateFiles(Path.Combine(Repository.Root, "shared"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            string source = File.ReadAllText(file);
            foreach (Match m in SentenceSites().Matches(source))
            {
                string literal = m.Groups["text"].Value;
                // Cut short at a quote inside an interpolation (string.Join(", ", …)): not a whole sentence to check.
                if (literal.Count(c => c == '{') != literal.Count(c => c == '}') || !literal.Contains(' ', StringComparison.Ordinal))
                {
                    continue;
                }

                string sample = Hole().Replace(literal.Replace("\\\"", "\"", StringComparison.Ordinal), "Sample-1");
                if (!ServiceTexts.IsCovered(sample))
                {
                    missing.Add($"{Path.GetFileName(file)}: {literal}");
                }
            }
        }

        Assert.True(missing.Count == 0, "No kk/ru text for:\n" + string.Join("\n", missing));
    }

    /// <summary>The first template that matches wins: none may stand behind an earlier one that takes its sentences.</summary>
    [Fact]
    public void NoTemplate_IsShadowedByAnEarlierOne()
    {
        using JsonDocument texts = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, "shared", "Reception.Api", "Localization", "texts.json")));
        var shadowed = new List<string>();
        int index = 0;
        foreach (JsonElement entry in texts.RootElement.EnumerateArray())
        {
            string en = entry.GetProperty("en").GetString()!;
            string sample = Regex.Replace(en, @"\{[A-Za-z]+\}", "Sample-1");
            if (ServiceTexts.FirstCovering(sample) != index)
            {
                shadowed.Add(en);
            }

            index++;
        }

        Assert.True(shadowed.Count == 0, "Shadowed by an earlier template:\n" + string.Join("\n", shadowed));
    }

    private static string[] Names(string text) => [.. Regex.Matches(text, @"\{([A-Za-z]+)\}").Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal)];

    // A step's detail (StepName.X, Rule.Y, "…"), a HistoryStep's, a field error errors.Add("field", "…") and a problem's Problems.X("…").
    [GeneratedRegex("""(?:StepName\.\w+,\s*Rule\.\w+,\s*|errors\.Add\("[^"]+",\s*|Problems\.(?:NotFound|Conflict|Forbidden|Validation)\((?:"[^"]+",\s*)?)\$?"(?<text>(?:[^"\\]|\\.)*)"\s*[,)]""")]
    private static partial Regex SentenceSites();

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex Hole();
}
