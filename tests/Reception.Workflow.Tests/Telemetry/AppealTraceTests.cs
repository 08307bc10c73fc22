using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Reception.Domain.Appeals;
using Reception.Workflow.Appeals;
using Reception.Workflow.Appeals.Events;
using Reception.Workflow.Intake;
using Reception.Workflow.Notifications;
using Reception.Workflow.Telemetry;
using Reception.Workflow.Tests.Fakes;
using Reception.Workflow.Tests.Orchestration;

namespace Reception.Workflow.Tests.Telemetry;

/// <summary>
/// One appeal's life, from the intake request to its first message, is one trace with a span per
/// hop (intake, workflow start, registration, each step, the message sent), correlated by the
/// appeal's id and carrying no personal data; and its metrics are counted. In-memory exporters.
/// </summary>
public sealed class AppealTraceTests : IAsyncLifetime
{
    private static readonly DateOnly ReceptionDay = new(2026, 4, 8);
    private static readonly ActivitySource Http = new("test.aspnetcore"); // stands in for ASP.NET Core's request span
    private readonly List<Activity> spans = [];
    private readonly List<Metric> metrics = [];
    private WorkflowHarness harness = null!;
    private TracerProvider tracer = null!;
    private MeterProvider meter = null!;

    public async Task InitializeAsync()
    {
        tracer = Sdk.CreateTracerProviderBuilder().AddSource(ReceptionTelemetry.Name, Http.Name).AddInMemoryExporter(spans).Build()!;
        meter = Sdk.CreateMeterProviderBuilder().AddMeter(ReceptionTelemetry.Name).AddInMemoryExporter(metrics).Build()!;
        harness = await WorkflowHarness.StartAsync(TimeSpan.FromDays(1));
        await harness.AddReceptionDayAsync(ReceptionDay);
    }

    public async Task DisposeAsync()
    {
        await harness.DisposeAsync();
        tracer.Dispose();
        meter.Dispose();
    }

    [Fact]
    public async Task OneAppeal_FromIntakeToItsFirstMessage_IsOneTraceWithoutPersonalData()
    {
        AppealSubmission submission = TestAppeals.Submission("Жөндеу керек: Абай көшесі, 12 үй") with { ExternalId = "CC-trace-" + Guid.NewGuid().ToString("N") };
        IntakeResult intake;
        ActivityTraceId traceId;
        using (Activity request = Http.StartActivity("POST /api/intake/call-center", ActivityKind.Server)!)
        {
            traceId = request.TraceId;
            intake = await harness.Intake.SubmitAsync(IntakeRoute.CallCenter, submission, Channel.CallCenter, CancellationToken.None);
        }

        string id = intake.AppealId;
        await harness.WaitForAsync(id, AppealStatus.UnderReview, StaffActions.Review);
        // Staff actions come in their own requests, hours or days later: nothing of this test's context flows into the workflow.
        await harness.Client.RaiseEventAsync(id, StaffActions.Review, new ReviewEvent(ReviewOutcome.Propose, "akim", ReceptionDay, null, null));
        await harness.WaitForAsync(id, AppealStatus.AwaitingDecision, StaffActions.Decision);
        await harness.Client.RaiseEventAsync(id, StaffActions.Decision, new DecisionEvent(true, null));
        OutgoingNotification first = await harness.WaitForMessageAsync(n => n.AppealId == id && n.Kind == NotificationKind.Scheduled);

        await Task.Run(() => Dispatcher().DispatchAsync(first, CancellationToken.None)); // the outbox consumer, on a thread of its own
        tracer.ForceFlush();
        meter.ForceFlush();

        Activity[] mine = [.. spans.Where(s => Equals(s.GetTagItem(ReceptionTelemetry.AppealIdTag), id))];
        string[] names = [.. mine.Select(s => s.DisplayName)];
        foreach (string expected in new[] { "intake", "workflow.start", "appeal.register", "appeal.step sentForReview", "appeal.step proposed", "appeal.step approved", "appeal.step scheduled", "notification.send scheduled" })
        {
            Assert.Contains(expected, names);
        }

        Assert.All(mine, s => Assert.Equal(traceId, s.TraceId));

        // No personal data in any attribute of any span of the appeal (nor in the span names).
        string[] personal = [submission.Applicant.Iin, submission.Applicant.LastName, submission.Applicant.FirstName, submission.Applicant.Phone!, "Абай көшесі", intake.TrackingCode];
        IEnumerable<string> values = mine.SelectMany(s => s.TagObjects.Select(t => t.Value?.ToString() ?? string.Empty).Append(s.DisplayName));
        Assert.All(values, v => Assert.DoesNotContain(personal, p => v.Contains(p, StringComparison.Ordinal)));

        Assert.True(Sum("reception.appeal.steps", ("reception.step", "scheduled")) >= 1);
        Assert.True(Sum("reception.deadlines", ("reception.rule", "R4"), ("reception.outcome", "met")) >= 1);
        Assert.True(Sum("reception.deadlines", ("reception.rule", "R8"), ("reception.outcome", "met")) >= 1);
        Assert.True(Sum("reception.messages.sent", ("reception.notification_kind", "scheduled")) >= 1);
        Assert.Contains(metrics, m => m.Name == "reception.appeal.time_to_registration");
        Assert.Contains(metrics, m => m.Name == "reception.appeal.time_to_answer");
    }

    // The sum of a counter's points whose tags include all of the given ones (other tests' appeals may add to it: at least).
    private long Sum(string name, params (string Key, string Value)[] tags)
    {
        long sum = 0;
        foreach (Metric metric in metrics.Where(m => m.Name == name))
        {
            foreach (ref readonly MetricPoint point in metric.GetMetricPoints())
            {
                var pointTags = new Dictionary<string, object?>();
                foreach (KeyValuePair<string, object?> tag in point.Tags)
                {
                    pointTags[tag.Key] = tag.Value;
                }

                if (tags.All(t => Equals(pointTags.GetValueOrDefault(t.Key), t.Value)))
                {
                    sum += point.GetSumLong();
                }
            }
        }

        return sum;
    }

    private NotificationDispatcher Dispatcher() => new(
        harness.Appeals,
        new InMemorySentNotifications(),
        [new SilentChannel("sms"), new SilentChannel("email"), new SilentChannel("egov")],
        Options.Create(new NotificationOptions()),
        TimeProvider.System,
        NullLogger<NotificationDispatcher>.Instance);

    private sealed class SilentChannel(string name) : INotificationChannel
    {
        public string Name => name;

        public Task SendAsync(Delivery delivery, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
