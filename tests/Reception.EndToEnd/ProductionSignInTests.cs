using System.Net;
using System.Text.Json;
using Reception.EndToEnd.Infrastructure;

namespace Reception.EndToEnd;

/// <summary>
/// Outside Development people sign in as people (issue 28, README "Signing in in production"): a
/// key opens only the machines' routes, and a key short enough to guess stops the service at start.
/// Each test starts its own host in the Production environment.
/// </summary>
public class ProductionSignInTests
{
    private const string OfficeKey = "office-key-0123456789abcdefghijklmnopqrstuv";
    private const string CallCentreKey = "callcentre-key-0123456789abcdefghijklmnopqrs";

    [Fact]
    public async Task AStaffRolesKeyIs401_WhileAMachinesKeyStillWorks()
    {
        await using LocalHostProcess host = await LocalHostProcess.StartAsync(settings: Production(CallCentreKey));

        foreach (string path in new[] { "/api/appeals?awaiting=review", "/api/appeals/0123456789abcdef0123456789abcdef", "/api/me" })
        {
            (HttpStatusCode status, JsonElement problem) = await ReceptionApi.GetAsync(host.Client, path, OfficeKey);
            Assert.True(status == HttpStatusCode.Unauthorized, $"{path}: {(int)status} {problem}");
            Assert.Equal(401, problem.GetProperty("status").GetInt32());
        }

        (HttpStatusCode refused, _) = await ReceptionApi.PostAsync(host.Client, "/api/intake/office", ReceptionApi.AppealBody("OFFICE-" + Guid.NewGuid().ToString("N")), OfficeKey);
        Assert.Equal(HttpStatusCode.Unauthorized, refused);

        (HttpStatusCode taken, JsonElement intake) = await ReceptionApi.PostAsync(host.Client, "/api/intake/call-center", ReceptionApi.AppealBody("CC-PROD-" + Guid.NewGuid().ToString("N")), CallCentreKey);
        Assert.True(taken == HttpStatusCode.Accepted, intake.ToString());
    }

    [Fact]
    public async Task AKeyShorterThan32Characters_StopsTheServiceAtStart()
    {
        InvalidOperationException stopped = await Assert.ThrowsAsync<InvalidOperationException>(
            () => LocalHostProcess.StartAsync(settings: Production("short-callcentre-key")));

        Assert.Contains("at least 32", stopped.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Production(string callCentreKey) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["DOTNET_ENVIRONMENT"] = "Production",
        ["Reception__Auth__Keys__office__0"] = OfficeKey,
        ["Reception__Auth__Keys__callcenter__0"] = callCentreKey,
        ["Reception__Privacy__ApplicantKeySecret"] = "applicant-key-secret-of-this-test-0123456789",
    };
}
