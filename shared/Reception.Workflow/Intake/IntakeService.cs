using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Reception.Domain;
using Reception.Domain.Appeals;
using Reception.Workflow.Appeals;
using Reception.Workflow.Telemetry;

namespace Reception.Workflow.Intake;

/// <summary>
/// Takes a validated request in with two storage writes: a start request for its workflow, then
/// the appeal itself, whose ids derive from (route, externalId) so that the insert is also the
/// idempotency claim. A repeat of the same request, even at the same moment, finds the first
/// appeal; a retry after a failure finishes what the failed attempt left half done.
/// </summary>
public sealed partial class IntakeService(
    AppealIdentities identities,
    IAppealStore appeals,
    IAppealStartRequests starts,
    TimeProvider clock,
    ILogger<IntakeService> logger)
{
    /// <summary>The history key of the first step; every later step sorts after it.</summary>
    public const string ReceivedStep = "0000-received";

    /// <summary>Stores the appeal and asks for its workflow; a repeat of the same request returns the first appeal.</summary>
    /// <param name="origin">For an appeal handed in at a reception: its origin (R21) and excluded executors (R22).</param>
    /// <param name="receivedBy">The office worker who registered a paper, courier or oral appeal; null for machine channels.</param>
    public async Task<IntakeResult> SubmitAsync(
        IntakeRoute route,
        AppealSubmission submission,
        Channel channel,
        CancellationToken cancellationToken,
        AppealProgress? origin = null,
        Actor? receivedBy = null)
    {
        ArgumentNullException.ThrowIfNull(submission);
        using Activity? span = ReceptionTelemetry.Source.StartActivity("intake", ActivityKind.Internal);
        span?.SetTag(ReceptionTelemetry.ChannelTag, CamelCaseNames.Of(channel));
        if (await TakenUnderAnEarlierKeyAsync(route, submission.ExternalId, cancellationToken) is { } before)
        {
            LogRepeated(logger, before.AppealId, channel);
            return before;
        }

        for (int attempt = 0; attempt < AppealIdentities.MaxAttempts; attempt++)
        {
            IntakeIds ids = identities.For(CamelCaseNames.Of(route), submission.ExternalId, attempt);
            span?.SetTag(ReceptionTelemetry.AppealIdTag, ids.AppealId);

            // The request first, the appeal second: if this process dies between the two, the
            // stored appeal still gets its workflow (a request without an appeal is dropped).
            await starts.RequestStartAsync(ids.AppealId, cancellationToken);
            AppealRecord? earlier = await appeals.CreateIfAbsentAsync(NewAppeal(ids, submission, channel, origin, receivedBy), cancellationToken);
            if (earlier is null)
            {
                LogAccepted(logger, ids.AppealId, channel);
                return new IntakeResult(ids.AppealId, ids.TrackingCode, IsNew: true);
            }

            if (IsSameRequest(earlier, route, submission.ExternalId))
            {
                LogRepeated(logger, ids.AppealId, channel);
                return new IntakeResult(ids.AppealId, ids.TrackingCode, IsNew: false);
            }

            LogCollision(logger, ids.AppealId, attempt);
        }

        throw new InvalidOperationException($"Intake of {route} {submission.ExternalId}: {AppealIdentities.MaxAttempts} tracking codes in a row were taken.");
    }

    // After a key rotation, a repeat of a request first taken under an earlier key is that appeal.
    // Nothing to read while only one key version is configured.
    private async Task<IntakeResult?> TakenUnderAnEarlierKeyAsync(IntakeRoute route, string externalId, CancellationToken cancellationToken)
    {
        foreach (int version in identities.Versions.Skip(1))
        {
            for (int attempt = 0; attempt < AppealIdentities.MaxAttempts; attempt++)
            {
                IntakeIds ids = identities.For(CamelCaseNames.Of(route), externalId, attempt, version);
                AppealRecord? stored = await appeals.FindAsync(ids.AppealId, cancellationToken);
                if (stored is null)
                {
                    break; // attempts are taken in order: no later one of this version exists
                }

                if (IsSameRequest(stored, route, externalId))
                {
                    return new IntakeResult(ids.AppealId, ids.TrackingCode, IsNew: false);
                }
            }
        }

        return null;
    }

    private AppealRecord NewAppeal(IntakeIds ids, AppealSubmission submission, Channel channel, AppealProgress? origin, Actor? receivedBy)
    {
        DateTimeOffset now = clock.GetUtcNow();
        return new AppealRecord
        {
            AppealId = ids.AppealId,
            TrackingCode = ids.TrackingCode,
            Channel = channel,
            ReceivedAt = now,
            Submission = submission,
            Progress = origin ?? new AppealProgress(),
            TraceParent = ReceptionTelemetry.CurrentTraceParent(),
            KeyVersion = ids.KeyVersion,
            History = [origin?.FromPersonalReception == true
                ? new HistoryStep(now, StepName.Received, Rule.R21, $"Handed in at the personal reception of appeal {origin.ParentAppealId}.")
                : new HistoryStep(now, StepName.Received, Rule.R1, $"Received through {CamelCaseNames.Of(channel)}.") { By = receivedBy }],
        };
    }

    private static bool IsSameRequest(AppealRecord stored, IntakeRoute route, string externalId) =>
        RouteOf(stored.Channel) == route && string.Equals(stored.Submission.ExternalId, externalId, StringComparison.Ordinal);

    /// <summary>The office takes paper, courier and oral appeals; the other routes have one channel each.</summary>
    private static IntakeRoute RouteOf(Channel channel) => channel switch
    {
        Channel.Egov => IntakeRoute.Egov,
        Channel.CallCenter => IntakeRoute.CallCenter,
        _ => IntakeRoute.Office,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Appeal {AppealId} accepted through {Channel}")]
    private static partial void LogAccepted(ILogger logger, string appealId, Channel channel);

    [LoggerMessage(Level = LogLevel.Information, Message = "Repeated intake of appeal {AppealId} through {Channel}: the first appeal is returned")]
    private static partial void LogRepeated(ILogger logger, string appealId, Channel channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tracking code of appeal {AppealId} (attempt {Attempt}) belongs to another request: trying the next")]
    private static partial void LogCollision(ILogger logger, string appealId, int attempt);
}
