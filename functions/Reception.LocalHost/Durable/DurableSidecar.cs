using System.Net;
using System.Net.Sockets;
using DurableTask.AzureStorage;
using DurableTask.Core;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Reception.LocalHost.Engine;
using Reception.LocalHost.Intake;

namespace Reception.LocalHost.Durable;

/// <summary>
/// The local durable engine: the Durable Task Framework's Azure Storage backend behind the gRPC
/// sidecar that the ordinary Durable Task worker and client connect to, as the Functions host
/// does in Azure. It runs in its own host so that it is up before the worker connects and goes
/// down after the worker has stopped.
/// </summary>
internal sealed partial class DurableSidecar : IAsyncDisposable
{
    private readonly WebApplication host;
    private readonly AzureStorageOrchestrationService service;
    private readonly bool dispatch;

    private DurableSidecar(WebApplication host, AzureStorageOrchestrationService service, bool dispatch, string address)
    {
        this.host = host;
        this.service = service;
        this.dispatch = dispatch;
        Address = address;
    }

    /// <summary>The sidecar's gRPC address on loopback.</summary>
    public string Address { get; }

    /// <summary>Creates the task hub if needed and starts serving it.</summary>
    /// <param name="configuration">The local host's configuration, for logging levels.</param>
    /// <param name="local">The node's settings: task hub, ports, visibility, concurrency; <c>RunWorkflows</c> false for an intake-only node (the engine serves clients but runs no work items).</param>
    /// <param name="intake">How busy this node's intake is: the dispatchers yield to it (<see cref="IntakeFirstDispatch"/>).</param>
    public static async Task<DurableSidecar> StartAsync(
        IConfiguration configuration, string connectionString, LocalHostOptions local, string workerId, IntakeLoad intake, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(local);
        string taskHub = local.TaskHub;
        TimeSpan messageVisibility = local.MessageVisibilityTimeout;
        bool dispatch = local.RunWorkflows;
        int port = local.GrpcPort == 0 ? FreeLoopbackPort() : local.GrpcPort;
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddConfiguration(configuration);
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, port, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(sp => new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = taskHub,
            StorageAccountClientProvider = new StorageAccountClientProvider(connectionString),
            // A stable worker id lets a restarted host take its partitions back at once instead of
            // waiting for the dead process's leases to expire; distinct ids let nodes share the hub.
            WorkerId = workerId,
            UseTablePartitionManagement = true,
            // Low latency for people waiting at a counter and for tests; the engine backs off when idle.
            MaxQueuePollingInterval = TimeSpan.FromSeconds(1),
            // A message taken by a process that then crashed reappears after this long: short,
            // so a restarted host resumes quickly (every step here takes well under it).
            ControlQueueVisibilityTimeout = messageVisibility,
            WorkItemQueueVisibilityTimeout = messageVisibility,
            MaxConcurrentTaskActivityWorkItems = local.MaxConcurrentActivities,
            MaxConcurrentTaskOrchestrationWorkItems = local.MaxConcurrentOrchestrations,
            LoggerFactory = sp.GetRequiredService<ILoggerFactory>(),
        }));
        // The dispatchers see the backend through the duplicate-start filter and the release of
        // activities whose abandon failed, paced while the intake is busy; clients (start, query,
        // purge) see it as it is.
        builder.Services.AddSingleton<IOrchestrationService>(sp => new IntakeFirstDispatch(
            new DuplicateStartFilter(
                new AbandonedActivityRelease(
                    sp.GetRequiredService<AzureStorageOrchestrationService>(),
                    new BackendActivitySessions(sp.GetRequiredService<AzureStorageOrchestrationService>()),
                    sp.GetRequiredService<ILogger<AbandonedActivityRelease>>()),
                sp.GetRequiredService<ILogger<DuplicateStartFilter>>()),
            new DispatchPace(intake, local, TimeProvider.System),
            new DispatchPace(intake, local, TimeProvider.System),
            TimeProvider.System));
        builder.Services.AddSingleton<IOrchestrationServiceClient>(sp => sp.GetRequiredService<AzureStorageOrchestrationService>());
        builder.Services.AddSingleton<TaskHubGrpcServer>();
        builder.Services.Configure<TaskHubGrpcServerOptions>(o =>
            o.Mode = dispatch ? TaskHubGrpcServerMode.ApiServerAndDispatcher : TaskHubGrpcServerMode.ApiServerOnly);
        WebApplication app = builder.Build();
        app.MapGrpcService<TaskHubGrpcServer>();

        AzureStorageOrchestrationService service = app.Services.GetRequiredService<AzureStorageOrchestrationService>();
        await service.CreateIfNotExistsAsync();
        await app.StartAsync(cancellationToken);

        LogStarted(app.Services.GetRequiredService<ILogger<DurableSidecar>>(), taskHub, port);
        return new DurableSidecar(app, service, dispatch, $"http://127.0.0.1:{port}");
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        await host.DisposeAsync();
        // Release the partition leases now rather than letting them expire. An intake-only node
        // never started dispatching, and the backend cannot stop what it never started.
        if (dispatch)
        {
            await service.StopAsync(isForced: false);
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Durable engine on task hub {TaskHub}: Azure Storage backend, gRPC sidecar on 127.0.0.1:{Port}")]
    private static partial void LogStarted(ILogger logger, string taskHub, int port);
}
