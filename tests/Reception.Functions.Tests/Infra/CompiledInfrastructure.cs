using System.Diagnostics;
using System.Reflection;
using System.Text.Json;

namespace Reception.Functions.Tests.Infra;

/// <summary>
/// <c>infra/main.bicep</c> compiled once by the Bicep CLI from NuGet (offline), with what the CLI
/// printed, and the ARM JSON it produced.
/// </summary>
public sealed class CompiledInfrastructure : IDisposable
{
    private readonly JsonDocument template;

    public CompiledInfrastructure()
    {
        string bicep = typeof(CompiledInfrastructure).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "BicepPath").Value!;
        if (!OperatingSystem.IsWindows())
        {
            // NuGet does not keep the executable bit of the CLI it extracts.
            File.SetUnixFileMode(bicep, File.GetUnixFileMode(bicep) | UnixFileMode.UserExecute);
        }

        string output = Path.Combine(Path.GetTempPath(), $"reception-main-{Guid.NewGuid():N}.json");
        var start = new ProcessStartInfo(bicep, ["build", Path.Combine(Repository.Root, "infra", "main.bicep"), "--outfile", output])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using Process process = Process.Start(start)!;
        Diagnostics = process.StandardError.ReadToEnd() + process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        ExitCode = process.ExitCode;
        template = JsonDocument.Parse(File.Exists(output) ? File.ReadAllText(output) : "{}");
        File.Delete(output);
    }

    public int ExitCode { get; }

    /// <summary>Errors and linter warnings, as the CLI printed them.</summary>
    public string Diagnostics { get; }

    public JsonElement Root => template.RootElement;

    /// <summary>Every resource of the template and of its nested module templates.</summary>
    public IReadOnlyList<JsonElement> Resources => ResourcesOf(Root).ToList();

    /// <summary>The resources of one type, e.g. <c>Microsoft.Storage/storageAccounts</c>.</summary>
    public IReadOnlyList<JsonElement> OfType(string type) =>
        Resources.Where(r => r.GetProperty("type").GetString() == type).ToList();

    /// <summary>The nested template of the module deployed under <paramref name="deploymentName"/>.</summary>
    public JsonElement Module(string deploymentName) =>
        OfType("Microsoft.Resources/deployments")
            .Single(d => d.GetProperty("name").GetString() == deploymentName)
            .GetProperty("properties").GetProperty("template");

    public void Dispose() => template.Dispose();

    private static IEnumerable<JsonElement> ResourcesOf(JsonElement template)
    {
        if (!template.TryGetProperty("resources", out JsonElement resources))
        {
            yield break;
        }

        // Templates with symbolic names keep resources in an object, others in an array.
        IEnumerable<JsonElement> items = resources.ValueKind == JsonValueKind.Object
            ? resources.EnumerateObject().Select(p => p.Value)
            : resources.EnumerateArray();
        foreach (JsonElement resource in items)
        {
            yield return resource;
            if (resource.GetProperty("type").GetString() == "Microsoft.Resources/deployments"
                && resource.GetProperty("properties").TryGetProperty("template", out JsonElement nested))
            {
                foreach (JsonElement inner in ResourcesOf(nested))
                {
                    yield return inner;
                }
            }
        }
    }
}
