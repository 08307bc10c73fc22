using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Reception.Functions.Middleware;
using Reception.Api;
using Reception.Api.Auth;
using Reception.Api.RateLimiting;
using Reception.Api.Telemetry;
using Reception.Storage;
using Reception.Storage.Configuration;
using Reception.Storage.Notifications;
using Reception.Workflow;

// Composition only: the Functions worker with ASP.NET Core integration, and the shared services.
FunctionsApplicationBuilder builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
// The limits first: a request past them reads and writes nothing.
builder.Services.AddSingleton(builder.Configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions());
builder.UseMiddleware<RateLimitMiddleware>();
builder.UseMiddleware<StorageOutageMiddleware>();
builder.UseMiddleware<RouteRolesMiddleware>();
builder.Services.AddReceptionWorkflow(builder.Configuration);
builder.Services.AddReceptionApi(builder.Configuration);
builder.Services.AddReceptionStorage(StorageConnection.FromConfiguration(builder.Configuration));
builder.Services.AddNotificationChannels(builder.Configuration);
builder.Services.AddReceptionTelemetry(builder.Configuration, "reception-functions");

IHost host = builder.Build();
AuthStartChecks.Ensure(
    host.Services.GetRequiredService<IOptions<AuthOptions>>().Value,
    builder.Environment.EnvironmentName,
    Environment.GetEnvironmentVariable("WEBSITE_AUTH_ENABLED"));
host.Services.GetRequiredService<PrivacyOptions>().EnsureAllowed(builder.Environment.EnvironmentName);
await host.RunAsync();
