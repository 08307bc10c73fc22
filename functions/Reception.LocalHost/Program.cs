using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Reception.Api;
using Reception.Api.Auth;
using Reception.Api.RateLimiting;
using Reception.Api.Routing;
using Reception.Api.Telemetry;
using Reception.LocalHost;
using Reception.LocalHost.Durable;
using Reception.LocalHost.Http;
using Reception.LocalHost.Intake;
using Reception.LocalHost.Notifications;
using Reception.LocalHost.Publishing;
using Reception.Storage;
using Reception.Storage.Configuration;
using Reception.Storage.Notifications;
using Reception.Storage.Tables;
using Reception.Workflow;

// Composition only: configuration, the durable engine, the shared services and the routes.
// The content root is the build output, so appsettings*.json are found from any working directory.
WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
LocalHostOptions local = builder.Configuration.GetSection(LocalHostOptions.Section).Get<LocalHostOptions>() ?? new();
local.TaskHub = builder.Configuration["TaskHubName"] ?? local.TaskHub;
local.Validate();
StorageConnection storage = StorageConnection.FromConfiguration(builder.Configuration, "UseDevelopmentStorage=true");
if (storage.ConnectionString is null)
{
    throw new InvalidOperationException("The local host needs a storage connection string (Reception:Storage:ConnectionString).");
}

// A configuration that must not serve stops the host before the engine takes any partition.
AuthStartChecks.Ensure(
    builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new(), builder.Environment.EnvironmentName, builder.Configuration["WEBSITE_AUTH_ENABLED"]);
(builder.Configuration.GetSection(PrivacyOptions.Section).Get<PrivacyOptions>() ?? new()).EnsureAllowed(builder.Environment.EnvironmentName);

builder.WebHost.ConfigureKestrel(kestrel =>
    kestrel.Listen(IPAddress.Loopback, local.Port, listen => listen.Protocols = HttpProtocols.Http1));

// Real time, not the reception clock (which tests may compress): a burst is a burst in seconds.
var intakeLoad = new IntakeLoad(TimeProvider.System);
await using DurableSidecar sidecar = await DurableSidecar.StartAsync(
    builder.Configuration, storage.ConnectionString, local, local.WorkerId ?? $"{Environment.MachineName}-{local.Port}-{local.TaskHub}", intakeLoad, CancellationToken.None);

if (builder.Environment.IsDevelopment())
{
    // Without real gateways configured, messages go to the host's own sink (GET /api/dev/outbox).
    string sink = $"http://127.0.0.1:{local.Port}/api/dev/sink/";
    builder.Configuration["Reception:Notifications:EgovCabinetUrl"] ??= sink + "egov";
    builder.Configuration["Reception:Notifications:SmsGatewayUrl"] ??= sink + "sms";
    builder.Configuration["Reception:Notifications:EmailUrl"] ??= sink + "email";
    builder.Services.AddSingleton<DevelopmentSink>();
}

builder.Services.AddSingleton(local);
builder.Services.AddSingleton(intakeLoad);
builder.Services.AddSingleton(sp => new StartHold(sp.GetRequiredService<IntakeLoad>(), local, TimeProvider.System));
builder.Services.AddReceptionRateLimits(builder.Configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new());
builder.Services.AddReceptionWorkflow(builder.Configuration);
builder.Services.AddReceptionApi(builder.Configuration);
builder.Services.AddNotificationChannels(builder.Configuration);
builder.Services.AddHostedService<OutboxDispatcherService>();
builder.Services.AddHostedService<PublishingService>();
builder.Services.AddReceptionStorage(storage);
builder.Services.AddReceptionTelemetry(builder.Configuration, "reception-localhost");
if (local.RunWorkflows)
{
    builder.Services.AddHostedService<AppealStarterService>();
    builder.Services.AddHostedService<Reception.LocalHost.Deadlines.DeadlineWakeService>();
    builder.Services.AddHostedService<Reception.LocalHost.Privacy.RetentionService>();
    builder.Services.AddDurableTaskWorker(worker =>
    {
        worker.AddTasks(tasks =>
        {
            tasks.AddReceptionTasks();
            tasks.AddTasksOf(local.ExtraTasksAssembly);
        });
        worker.UseGrpc(sidecar.Address);
    });
}

builder.Services.AddDurableTaskClient(client => client.UseGrpc(sidecar.Address));

WebApplication app = builder.Build();
await app.Services.GetRequiredService<ReceptionTables>().EnsureCreatedAsync();

app.UseRateLimiter();
app.UseIntakeLoadCounting(intakeLoad);
app.UseMiddleware<StorageOutageMiddleware>();
app.MapReceptionApi();
if (app.Environment.IsDevelopment())
{
    app.MapDevelopmentEndpoints();
}

await app.RunAsync();
