using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Reception.Workflow.Telemetry;

/// <summary>
/// The service's own traces and metrics (OpenTelemetry reads them through .NET's
/// <see cref="ActivitySource"/> and <see cref="Meter"/>; <c>TelemetryServices</c> wires the exporters).
/// </summary>
/// <remarks>
/// One appeal is one trace: intake stores its trace context on the appeal
/// (<c>AppealRecord.TraceParent</c>), and every later span of that appeal (the workflow's start,
/// each recorded step, each message sent) is a child of it, however many queues, processes and
/// days lie between. Attributes carry the appeal's id (a keyed hash, not personal data), step,
/// rule, status and channel — never a name, IIN, phone, address or the question's text.
/// </remarks>
public static class ReceptionTelemetry
{
    public const string Name = "Reception";

    public const string AppealIdTag = "reception.appeal_id";
    public const string StepTag = "reception.step";
    public const string RuleTag = "reception.rule";
    public const string StatusTag = "reception.status";
    public const string ChannelTag = "reception.channel";
    public const string KindTag = "reception.notification_kind";
    public const string OutcomeTag = "reception.outcome";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    /// <summary>Steps recorded, by step, rule and the status after it.</summary>
    public static readonly Counter<long> Steps = Meter.CreateCounter<long>("reception.appeal.steps", description: "Appeal steps recorded, by step, rule and resulting status");

    /// <summary>Deadlines kept or missed, by rule and outcome (met | missed).</summary>
    public static readonly Counter<long> Deadlines = Meter.CreateCounter<long>("reception.deadlines", description: "Deadlines of the regulation kept or missed, by rule and outcome");

    /// <summary>From receipt to registration (R4), in hours of the service's clock.</summary>
    public static readonly Histogram<double> TimeToRegistration = Meter.CreateHistogram<double>("reception.appeal.time_to_registration", unit: "h", description: "From receipt to registration (R4)");

    /// <summary>From registration to the applicant's answer (a date and time, or a reasoned refusal; R8), in days.</summary>
    public static readonly Histogram<double> TimeToAnswer = Meter.CreateHistogram<double>("reception.appeal.time_to_answer", unit: "d", description: "From registration to the applicant's answer (R8)");

    /// <summary>Messages handed to the gateways, by kind.</summary>
    public static readonly Counter<long> MessagesSent = Meter.CreateCounter<long>("reception.messages.sent", description: "Messages sent, by kind");

    /// <summary>
    /// A span of an appeal, child of the appeal's stored trace context, that started at
    /// <paramref name="startedAt"/> (a step's span is opened once its record is read, and dated from the start of its work).
    /// </summary>
    public static Activity? StartAppealSpan(string name, string appealId, string? traceParent, DateTimeOffset? startedAt = null, ActivityKind kind = ActivityKind.Internal)
    {
        ActivityContext parent = ActivityContext.TryParse(traceParent, null, out ActivityContext stored) ? stored : default;
        Activity? span = Source.StartActivity(name, kind, parent, startTime: startedAt ?? default);
        span?.SetTag(AppealIdTag, appealId);
        return span;
    }

    /// <summary>The W3C trace context of the current span, to store with an appeal or a message.</summary>
    public static string? CurrentTraceParent() => Activity.Current?.Id is { } id && Activity.Current.IdFormat == ActivityIdFormat.W3C ? id : null;
}
