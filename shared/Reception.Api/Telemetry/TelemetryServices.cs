using Azure.Core;
using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Reception.Storage;
using Reception.Workflow.Operations;
using Reception.Workflow.Telemetry;

namespace Reception.Api.Telemetry;

/// <summary>
/// One OpenTelemetry pipeline for both hosts: the service's spans and metrics
/// (<see cref="ReceptionTelemetry"/>), ASP.NET Core's request spans, and the logs. In Azure
/// (<c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> set) they go to Application Insights with the
/// managed identity, since the Bicep turns local auth off; locally, to the console or an OTLP
/// collector when <c>Reception:Telemetry:Exporter</c> says so, else nowhere.
/// </summary>
public static class TelemetryServices
{
    public const string AppInsightsKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    public const string AppInsightsAuthKey = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";

    public static IServiceCollection AddReceptionTelemetry(this IServiceCollection services, IConfiguration configuration, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        TelemetryOptions options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new();
        string? appInsights = configuration[AppInsightsKey];
        TokenCredential? credential = CredentialOf(configuration[AppInsightsAuthKey]);
        if (options.SampleQueues)
        {
            services.AddHostedService<QueueSampler>();
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(tracing =>
            {
                tracing.AddSource(ReceptionTelemetry.Name).AddAspNetCoreInstrumentation(a =>
                {
                    a.RecordException = true;
                    // The local host's durable engine talks to its worker over in-process gRPC: every poll would be a trace.
                    a.Filter = http => !http.Request.Path.StartsWithSegments("/TaskHubSidecarService", StringComparison.Ordinal);
                });
                Export(tracing, options, appInsights, credential);
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(ReceptionTelemetry.Name);
                Export(metrics, options, appInsights, credential);
            })
            .WithLogging(logging => Export(logging, options, appInsights, credential));
        return services;
    }

    // "ClientId=<guid>;Authorization=AAD": the user-assigned identity the Bicep gives the app.
    private static TokenCredential? CredentialOf(string? authentication)
    {
        if (string.IsNullOrWhiteSpace(authentication))
        {
            return null;
        }

        string? clientId = authentication.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2 && p[0].Trim().Equals("ClientId", StringComparison.OrdinalIgnoreCase))
            .Select(p => p[1].Trim())
            .FirstOrDefault();
        return clientId is null ? new DefaultAzureCredential() : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
    }

    private static void Export(TracerProviderBuilder tracing, TelemetryOptions options, string? appInsights, TokenCredential? credential)
    {
        if (appInsights is not null)
        {
            tracing.AddAzureMonitorTraceExporter(o => { o.ConnectionString = appInsights; o.Credential = credential; });
        }

        _ = options.Exporter switch
        {
            "console" => tracing.AddConsoleExporter(),
            "otlp" => tracing.AddOtlpExporter(o => { if (options.OtlpEndpoint is { } e) { o.Endpoint = e; } }),
            _ => tracing,
        };
    }

    private static void Export(MeterProviderBuilder metrics, TelemetryOptions options, string? appInsights, TokenCredential? credential)
    {
        if (appInsights is not null)
        {
            metrics.AddAzureMonitorMetricExporter(o => { o.ConnectionString = appInsights; o.Credential = credential; });
        }

        _ = options.Exporter switch
        {
            "console" => metrics.AddConsoleExporter(),
            "otlp" => metrics.AddOtlpExporter(o => { if (options.OtlpEndpoint is { } e) { o.Endpoint = e; } }),
            _ => metrics,
        };
    }

    private static void Export(LoggerProviderBuilder logging, TelemetryOptions options, string? appInsights, TokenCredential? credential)
    {
        if (appInsights is not null)
        {
            logging.AddAzureMonitorLogExporter(o => { o.ConnectionString = appInsights; o.Credential = credential; });
        }

        if (options.Exporter == "otlp")
        {
            logging.AddOtlpExporter(o => { if (options.OtlpEndpoint is { } e) { o.Endpoint = e; } });
        }
    }
}
