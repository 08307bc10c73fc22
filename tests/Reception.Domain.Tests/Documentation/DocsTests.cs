using System.Text.RegularExpressions;
using Reception.Tests.Shared;

namespace Reception.Domain.Tests.Documentation;

/// <summary>
/// A clone can look up what a line implements: every rule id the code cites is in the repository's
/// own rules, and every link of the README and docs/ leads to a file that exists.
/// </summary>
public partial class DocsTests
{
    private static readonly string[] CitingFolders = ["shared", "functions", "web", "tests"];

    private static readonly string[] CitingExtensions = [".cs", ".js", ".html", ".bicep", ".sh"];

    [Fact]
    public void EveryRuleIdTheCodeCites_HasARowInTheRulesIdsTable()
    {
        string rules = File.ReadAllText(Path.Combine(Repository.Root, "docs", "regulation", "rules.md"));
        string idsTable = rules[rules.IndexOf("## Ids cited in the code", StringComparison.Ordinal)..];

        var cited = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string file in SourceFiles())
        {
            foreach (Match id in RuleOrParagraphId().Matches(File.ReadAllText(file)))
            {
                cited.Add(id.Value.Replace(" ", "", StringComparison.Ordinal));
            }
        }

        Assert.Contains("R8", cited); // the scan itself works: R8 is cited throughout
        string[] missing = cited.Where(id => !idsTable.Contains($"| {id} |", StringComparison.Ordinal)).ToArray();
        Assert.True(missing.Length == 0, $"Cited in the code but not in docs/regulation/rules.md's ids table: {string.Join(", ", missing)}");
    }

    [Fact]
    public void EveryRelativeLinkOfTheReadmeAndDocs_LeadsToAFileThatExists()
    {
        string[] pages = [Path.Combine(Repository.Root, "README.md"), .. Directory.GetFiles(Path.Combine(Repository.Root, "docs"), "*.md", SearchOption.AllDirectories)];

        var broken = new List<string>();
        foreach (string page in pages)
        {
            foreach (Match link in MarkdownLink().Matches(File.ReadAllText(page)))
            {
                string target = link.Groups["target"].Value;
                if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }

                string path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, Uri.UnescapeDataString(target)));
                if (!File.Exists(path) && !Directory.Exists(path))
                {
                    broken.Add($"{Path.GetRelativePath(Repository.Root, page)} → {target}");
                }
            }
        }

        Assert.True(pages.Length > 5, "docs/ holds the project's pages");
        Assert.True(broken.Count == 0, $"Links to nothing: {string.Join(Environment.NewLine, broken)}");
    }

    private static IEnumerable<string> SourceFiles() =>
        CitingFolders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Repository.Root, folder), "*", SearchOption.AllDirectories))
            .Where(file => CitingExtensions.Contains(Path.GetExtension(file), StringComparer.Ordinal))
            .Where(file => !file.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules" or ".testrun"));

    [GeneratedRegex(@"\bR[0-9]{1,2}\b|§ ?[0-9]{1,2}")]
    private static partial Regex RuleOrParagraphId();

    // [text](target) or [text](target#anchor); an anchor alone stays within the page.
    [GeneratedRegex(@"\]\((?<target>[^)#\s]+)(#[^)]*)?\)")]
    private static partial Regex MarkdownLink();
}
