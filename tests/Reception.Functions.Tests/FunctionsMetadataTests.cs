using System.Text.Json;

namespace Reception.Functions.Tests;

/// <summary>
/// The Functions host in Azure learns the app's functions from <c>functions.metadata</c>, which the
/// worker SDK writes at build time: a trigger missing there never runs.
/// </summary>
public class FunctionsMetadataTests
{
    [Theory]
    [InlineData("IntakeEgov", "httpTrigger")]
    [InlineData("IntakeCallCenter", "httpTrigger")]
    [InlineData("IntakeOffice", "httpTrigger")]
    [InlineData("GetAppeal", "httpTrigger")]
    [InlineData("GetClock", "httpTrigger")]
    [InlineData("GetPublicAppeal", "httpTrigger")]
    [InlineData("ReviewAppeal", "httpTrigger")]
    [InlineData("CentralBodyResponse", "httpTrigger")]
    [InlineData("DecideAppeal", "httpTrigger")]
    [InlineData("RecordReception", "httpTrigger")]
    [InlineData("AnswerInstruction", "httpTrigger")]
    [InlineData("AddReceptionDay", "httpTrigger")]
    [InlineData("OfficialUnavailable", "httpTrigger")]
    [InlineData("DispatchNotification", "queueTrigger")]
    [InlineData("PublishMonthlySchedule", "timerTrigger")]
    [InlineData("PublishQuarterlyReport", "timerTrigger")]
    [InlineData("AppealOrchestrator", "orchestrationTrigger")]
    [InlineData("AdvanceAppeal", "activityTrigger")]
    [InlineData("PlanTimer", "activityTrigger")]
    [InlineData("BookSlot", "activityTrigger")]
    [InlineData("RecordSlot", "activityTrigger")]
    [InlineData("CheckVideoConnection", "activityTrigger")]
    [InlineData("StartHandedInAppeals", "activityTrigger")]
    [InlineData("ArrangeInterpreter", "httpTrigger")]
    [InlineData("AddReportingMeeting", "httpTrigger")]
    [InlineData("CheckSchedule", "httpTrigger")]
    [InlineData("RequestMaterials", "httpTrigger")]
    [InlineData("AnswerMaterialsRequest", "httpTrigger")]
    [InlineData("MaterialsRequestOrchestrator", "orchestrationTrigger")]
    [InlineData("RecordMaterialsStep", "activityTrigger")]
    public void FunctionsMetadata_ListsEveryTrigger(string function, string triggerType)
    {
        Dictionary<string, string[]> triggers = ReadTriggers();

        Assert.True(triggers.ContainsKey(function), $"functions.metadata does not list {function}.");
        Assert.Contains(triggerType, triggers[function]);
    }

    [Fact]
    public void FunctionsMetadata_HttpRoutes_AreThoseOfApiMd()
    {
        string json = File.ReadAllText(MetadataPath());

        foreach (string route in new[]
        {
            "intake/egov", "intake/call-center", "intake/office", "appeals/{appealId}", "clock", "public/appeals/{trackingCode}",
            "appeals/{appealId}/review", "appeals/{appealId}/central-body-response", "appeals/{appealId}/decision", "appeals/{appealId}/reception",
            "appeals/{appealId}/instructions/{number:int}/answer", "schedule", "officials/{officialId}/unavailability",
        })
        {
            Assert.Contains($"\"route\": \"api/{route}\"", json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void FunctionsMetadata_HttpRoutes_AreExactlyTheApiCatalog()
    {
        using JsonDocument metadata = JsonDocument.Parse(File.ReadAllText(MetadataPath()));
        var served = metadata.RootElement.EnumerateArray()
            .SelectMany(f => f.GetProperty("bindings").EnumerateArray())
            .Where(b => b.GetProperty("type").GetString() == "httpTrigger" && b.GetProperty("route").GetString()!.StartsWith("api/", StringComparison.Ordinal))
            .SelectMany(b => b.GetProperty("methods").EnumerateArray().Select(m =>
                $"{m.GetString()!.ToUpperInvariant()} /{System.Text.RegularExpressions.Regex.Replace(b.GetProperty("route").GetString()!, ":[a-z]+}", "}")}"))
            .Order(StringComparer.Ordinal);

        Assert.Equal(Reception.Api.Routing.ApiRoutes.Api.Select(r => $"{r.Method} {r.Path}").Order(StringComparer.Ordinal), served);
    }

    [Fact]
    public void FunctionsMetadata_ServesThePages_AtTheRootWithoutOverlappingTheApi()
    {
        using JsonDocument metadata = JsonDocument.Parse(File.ReadAllText(MetadataPath()));
        string[] pages = [.. metadata.RootElement.EnumerateArray()
            .SelectMany(f => f.GetProperty("bindings").EnumerateArray())
            .Where(b => b.GetProperty("type").GetString() == "httpTrigger")
            .Select(b => b.GetProperty("route").GetString()!)
            .Where(r => !r.StartsWith("api/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

        Assert.Equal(["status/{trackingCode?}", "web/{*path}", "{page:regex(^index\\.html$)?}"], pages);
        Assert.Contains("\"routePrefix\": \"\"", File.ReadAllText(Path.Combine(Path.GetDirectoryName(MetadataPath())!, "host.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void FunctionsMetadata_ListsEveryFunctionOfTheAssembly()
    {
        Dictionary<string, string[]> triggers = ReadTriggers();
        string[] declared = [.. typeof(Intake.IntakeFunctions).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .Select(m => System.Reflection.CustomAttributeExtensions.GetCustomAttribute<Microsoft.Azure.Functions.Worker.FunctionAttribute>(m)?.Name)
            .OfType<string>()
            .Order(StringComparer.Ordinal)];

        Assert.Equal(declared, triggers.Keys.Order(StringComparer.Ordinal));
    }

    private static Dictionary<string, string[]> ReadTriggers()
    {
        using JsonDocument metadata = JsonDocument.Parse(File.ReadAllText(MetadataPath()));
        return metadata.RootElement.EnumerateArray().ToDictionary(
            f => f.GetProperty("name").GetString()!,
            f => f.GetProperty("bindings").EnumerateArray().Select(b => b.GetProperty("type").GetString()!).ToArray());
    }

    // The Functions project's own build output, in the same configuration as this test assembly.
    private static string MetadataPath()
    {
        string path = Repository.BuildOutput(Path.Combine("functions", "Reception.Functions"), "functions.metadata");
        Assert.True(File.Exists(path), $"Build the Functions project first: {path} is missing.");
        return path;
    }
}
