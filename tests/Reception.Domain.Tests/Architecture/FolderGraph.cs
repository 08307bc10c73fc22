using System.Text.RegularExpressions;

namespace Reception.Domain.Tests.Architecture;

/// <summary>
/// The dependencies between the folders (= namespaces) of one project, read from its sources: a
/// folder depends on another when one of its files imports it (<c>using</c>), names a type of it
/// qualified, or names a type of an enclosing namespace (visible there without a <c>using</c>).
/// </summary>
internal sealed partial class FolderGraph
{
    private readonly Dictionary<string, HashSet<string>> edges = new(StringComparer.Ordinal);
    private readonly Dictionary<(string From, string To), string> evidence = [];

    public static FolderGraph Read(string projectFolder)
    {
        var files = Directory.EnumerateFiles(projectFolder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Path: f, Code: StripCommentsAndStrings(File.ReadAllText(f))))
            .Select(f => (f.Path, f.Code, Namespace: NamespaceOf(f.Code)))
            .Where(f => f.Namespace is not null)
            .ToList();

        // Types declared per namespace; a name declared in two namespaces is left out (it cannot be attributed).
        var declaredIn = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach ((_, string code, string? ns) in files)
        {
            foreach (Match m in TypeDeclaration().Matches(code))
            {
                (declaredIn.TryGetValue(m.Groups[1].Value, out HashSet<string>? set) ? set : declaredIn[m.Groups[1].Value] = []).Add(ns!);
            }
        }

        HashSet<string> namespaces = [.. files.Select(f => f.Namespace!)];
        var graph = new FolderGraph();
        foreach ((string path, string code, string? ns) in files)
        {
            string file = Path.GetRelativePath(projectFolder, path);
            HashSet<string> imported = [.. Using().Matches(code).Select(m => m.Groups[1].Value)];
            foreach (string target in imported.Where(namespaces.Contains))
            {
                graph.Add(ns!, target, $"using in {file}");
            }

            // After the file's usings and namespace line: the code itself.
            string body = code[(FileNamespace().Match(code).Index + FileNamespace().Match(code).Length)..];
            foreach (Match m in QualifiedName().Matches(body))
            {
                // The longest prefix that is a namespace of the project: Reception.Api.Auth.CallerAuthenticator -> Reception.Api.Auth.
                string[] parts = m.Value.Split('.');
                for (int i = parts.Length - 1; i >= 2; i--)
                {
                    string target = string.Join('.', parts[..i]);
                    if (namespaces.Contains(target))
                    {
                        graph.Add(ns!, target, $"{m.Value} in {file}");
                        break;
                    }
                }
            }

            HashSet<string> visible = [.. imported, .. Enclosing(ns!)];
            foreach (string name in Identifier().Matches(body).Select(m => m.Value).Distinct(StringComparer.Ordinal))
            {
                if (declaredIn.TryGetValue(name, out HashSet<string>? owners) && owners.Count == 1 && visible.Contains(owners.First()))
                {
                    graph.Add(ns!, owners.First(), $"{name} in {file}");
                }
            }
        }

        return graph;
    }

    /// <summary>Each cycle (a strongly connected set of two or more folders), with one edge of evidence per step.</summary>
    public IReadOnlyList<string> Cycles()
    {
        var cycles = new List<string>();
        foreach (HashSet<string> component in StronglyConnected().Where(c => c.Count > 1))
        {
            IEnumerable<string> why = evidence.Where(e => component.Contains(e.Key.From) && component.Contains(e.Key.To))
                .Select(e => $"{e.Key.From} -> {e.Key.To} ({e.Value})");
            cycles.Add(string.Join("; ", why));
        }

        return cycles;
    }

    public bool DependsOn(string from, string to) => edges.TryGetValue(from, out HashSet<string>? targets) && targets.Contains(to);

    private void Add(string from, string to, string why)
    {
        if (from == to)
        {
            return;
        }

        (edges.TryGetValue(from, out HashSet<string>? targets) ? targets : edges[from] = []).Add(to);
        evidence.TryAdd((from, to), why);
    }

    // Tarjan's algorithm; the graphs are a few dozen nodes.
    private List<HashSet<string>> StronglyConnected()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<HashSet<string>>();
        int next = 0;

        void Visit(string v)
        {
            index[v] = low[v] = next++;
            stack.Push(v);
            onStack.Add(v);
            foreach (string w in edges.TryGetValue(v, out HashSet<string>? ws) ? ws : [])
            {
                if (!index.ContainsKey(w))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                {
                    low[v] = Math.Min(low[v], index[w]);
                }
            }

            if (low[v] == index[v])
            {
                var component = new HashSet<string>(StringComparer.Ordinal);
                string w;
                do
                {
                    w = stack.Pop();
                    onStack.Remove(w);
                    component.Add(w);
                }
                while (w != v);
                result.Add(component);
            }
        }

        foreach (string v in edges.Keys.ToList())
        {
            if (!index.ContainsKey(v))
            {
                Visit(v);
            }
        }

        return result;
    }

    private static IEnumerable<string> Enclosing(string ns)
    {
        string[] parts = ns.Split('.');
        for (int i = parts.Length - 1; i >= 1; i--)
        {
            yield return string.Join('.', parts[..i]);
        }
    }

    private static string? NamespaceOf(string code) => FileNamespace().Match(code) is { Success: true } m ? m.Groups[1].Value : null;

    private static string StripCommentsAndStrings(string code) =>
        StringLiteral().Replace(LineComment().Replace(BlockComment().Replace(code, " "), " "), "\"\"");

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();

    [GeneratedRegex(@"^using\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex Using();

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+(?:struct\s+|class\s+)?([A-Z]\w*)")]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"\bReception(?:\.[A-Z]\w*)+")]
    private static partial Regex QualifiedName();

    [GeneratedRegex(@"\b[A-Z]\w*\b")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex BlockComment();

    [GeneratedRegex(@"//[^\n]*")]
    private static partial Regex LineComment();

    [GeneratedRegex(@"@?\$?""(?:[^""\\\n]|\\.)*""")]
    private static partial Regex StringLiteral();
}
