namespace Reception.Domain.Tests;

/// <summary>The domain is pure rules (docs/design.md): no type in it reads the system clock or does I/O.</summary>
public class DomainPurityTests
{
    private static readonly string[] Forbidden =
    [
        "DateTime.Now", "DateTime.UtcNow", "DateTime.Today", "DateTimeOffset.Now", "DateTimeOffset.UtcNow",
        "TimeProvider.System", "SystemClock", "Environment.TickCount", "Stopwatch",
        "System.IO.File", "File.", "Directory.", "FileStream", "HttpClient", "System.Net", "Socket",
        "Console.", "Environment.GetEnvironmentVariable", "Thread.Sleep", "Task.Delay", "Random",
    ];

    [Fact]
    public void DomainSources_ReadNoClockAndDoNoIo()
    {
        string domain = Path.Combine(Repository.Root, "shared", "Reception.Domain");
        var offences = Directory.EnumerateFiles(domain, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetFileName(f), Line: i + 1, Text: line)))
            .Where(l => !l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal) && !l.Text.TrimStart().StartsWith("///", StringComparison.Ordinal))
            .SelectMany(l => Forbidden.Where(f => l.Text.Contains(f, StringComparison.Ordinal)).Select(f => $"{l.File}:{l.Line} uses {f}"))
            .ToList();

        Assert.True(offences.Count == 0, string.Join(Environment.NewLine, offences));
    }

    [Fact]
    public void DomainAssembly_ReferencesNoAzureOrHostingPackage()
    {
        string[] references = [.. typeof(Reception.Domain.Calendar.WorkingCalendar).Assembly.GetReferencedAssemblies().Select(a => a.Name!)];

        Assert.DoesNotContain(references, r => r.StartsWith("Azure", StringComparison.Ordinal) || r.StartsWith("Microsoft.DurableTask", StringComparison.Ordinal) || r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }
}
