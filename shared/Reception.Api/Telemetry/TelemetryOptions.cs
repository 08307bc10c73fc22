using Reception.Storage;

namespace Reception.Api.Telemetry;

/// <summary>Configuration section <c>Reception:Telemetry</c>: where traces, metrics and logs go besides Application Insights.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Reception:Telemetry";

    /// <summary><c>none</c> (the default), <c>console</c>, or <c>otlp</c> (to <see cref="OtlpEndpoint"/> or <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>).</summary>
    public string Exporter { get; set; } = "none";

    /// <summary>The OTLP collector, e.g. <c>http://127.0.0.1:4317</c>.</summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary>Sample queue depths and worklists for the gauges (one storage read per list per minute).</summary>
    public bool SampleQueues { get; set; } = true;
}
