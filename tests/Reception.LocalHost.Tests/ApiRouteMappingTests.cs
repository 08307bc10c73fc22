using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.DurableTask.Client;
using Reception.Api;
using Reception.Api.Routing;
using Reception.Storage;
using Reception.Storage.Configuration;
using Reception.Workflow;

namespace Reception.LocalHost.Tests;

public class ApiRouteMappingTests
{
    [Fact]
    public void MapReceptionApi_ServesExactlyTheRouteTable()
    {
        // The host's own services, so the route handlers' parameters bind as they do at run time; nothing is contacted.
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddReceptionWorkflow(builder.Configuration);
        builder.Services.AddReceptionApi(builder.Configuration);
        builder.Services.AddReceptionStorage(StorageConnection.FromConfiguration(builder.Configuration, "UseDevelopmentStorage=true"));
        builder.Services.AddDurableTaskClient(client => client.UseGrpc("http://127.0.0.1:1"));
        WebApplication app = builder.Build();

        app.MapReceptionApi();

        IEnumerable<string> served = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints)
            .OfType<RouteEndpoint>()
            .SelectMany(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>()!.HttpMethods
                .Select(m => $"{m} {System.Text.RegularExpressions.Regex.Replace("/" + e.RoutePattern.RawText!.TrimStart('/'), ":[a-z]+}", "}")}"))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(ApiRoutes.Api.Select(r => $"{r.Method} {r.Path}").Order(StringComparer.Ordinal), served.Where(r => r.Contains(" /api/", StringComparison.Ordinal)));
        Assert.Equal(["GET /", "GET /status", "GET /status/{trackingCode}", "GET /web/{**path}"], served.Where(r => !r.Contains(" /api/", StringComparison.Ordinal)));
    }
}
