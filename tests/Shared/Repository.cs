namespace Reception.Tests.Shared;

/// <summary>Where the repository and other projects' build outputs are, seen from a test assembly.</summary>
/// <remarks>Linked into every project under tests/ by tests/Directory.Build.props.</remarks>
internal static class Repository
{
    /// <summary>The folder holding Reception.Functions.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>
    /// A file of another project's build output, in this assembly's configuration and framework
    /// (this assembly runs from .../bin/&lt;Configuration&gt;/&lt;framework&gt;/).
    /// </summary>
    public static string BuildOutput(string projectFolder, string fileName)
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory);
        return Path.Combine(Root, projectFolder, "bin", output.Parent!.Name, output.Name, fileName);
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir.FullName, "Reception.Functions.sln")))
        {
            dir = dir.Parent ?? throw new InvalidOperationException("Reception.Functions.sln not found above " + AppContext.BaseDirectory);
        }

        return dir.FullName;
    }
}
