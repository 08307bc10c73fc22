using System.Security.Cryptography;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Reception.Domain;
using Reception.Domain.Appeals;
using Reception.Workflow.Appeals;
using Reception.Workflow.Orchestration;
using Reception.Workflow.Ports;

namespace Reception.Workflow.Intake;

/// <summary>
/// Takes a validated request in: claims its (channel, externalId), stores the appeal, starts its
/// workflow. Every step is idempotent, so a retry of the same request finishes what a failed
/// attempt left half done, and a repeat returns the first appeal.
/// </summary>
public sealed partial class IntakeService(
    IIntakeLedger ledger,
    IAppealStore appeals,
    ITrackingCodes trackingCodes,
    TimeProvider clock,
    ILogger<IntakeService> logger)
{
    /// <summary>The history key of the first step; every later step sorts after it.</summary>
    public const string ReceivedStep = "0000-received";

    /// <summary>Claims, stores and starts the appeal; a repeat of the same request returns the first appeal.</summary>
    /// <param name="origin">For an appeal handed in at a reception: its origin (R21) and excluded executors (R22).</param>
    public async Task<IntakeResult> SubmitAsync(
        IntakeRoute route,
        AppealSubmission submission,
        Channel channel,
        DurableTaskClient workflows,
        CancellationToken cancellationToken,
        AppealProgress? origin = null)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(workflows);

        var candidate = new IntakeClaim(NewAppealId(), NewTrackingCode(), IsNew: true);
        IntakeClaim claim = await ledger.ClaimAsync(CamelCaseNames.Of(route), submission.ExternalId, candidate, cancellationToken);

        DateTimeOffset now = clock.GetUtcNow();
        var appeal = new AppealRecord
        {
            AppealId = claim.AppealId,
            TrackingCode = claim.TrackingCode,
            Channel = channel,
            ReceivedAt = now,
            Submission = submission,
            Progress = origin ?? new AppealProgress(),
            History = [origin?.FromPersonalReception == true
                ? new HistoryStep(now, "received", "R21", $"Handed in at the personal reception of appeal {origin.ParentAppealId}.")
                : new HistoryStep(now, "received", "R1", $"Received through {CamelCaseNames.Of(channel)}.")],
        };
        // Both idempotent and independent: written together. The appeal must exist before its workflow starts.
        await Task.WhenAll(
            appeals.CreateIfAbsentAsync(appeal, cancellationToken),
            trackingCodes.AddIfAbsentAsync(claim.TrackingCode, claim.AppealId, cancellationToken));
        if (claim.IsNew)
        {
            // A fresh appeal id: no workflow can exist yet, so no look-up and no de-duplication read.
            await workflows.ScheduleNewOrchestrationInstanceAsync(
                nameof(AppealOrchestrator), new AppealWorkflowInput(claim.AppealId, AppealOrchestrator.CurrentVersion), new StartOrchestrationOptions(claim.AppealId), cancellationToken);
        }
        else
        {
            // A repeat or a retry: finish what an earlier attempt may have left half done.
            await StartWorkflowIfAbsentAsync(workflows, claim.AppealId, cancellationToken);
        }

        if (claim.IsNew)
        {
            LogAccepted(logger, claim.AppealId, channel);
        }
        else
        {
            LogRepeated(logger, claim.AppealId, channel);
        }

        return new IntakeResult(claim.AppealId, claim.TrackingCode, claim.IsNew);
    }

    private static async Task StartWorkflowIfAbsentAsync(DurableTaskClient workflows, string appealId, CancellationToken cancellationToken)
    {
        if (await workflows.GetInstanceAsync(appealId, getInputsAndOutputs: false, cancellationToken) is not null)
        {
            return;
        }

        var options = new StartOrchestrationOptions(InstanceId: appealId).WithDedupeStatuses(
            Enum.GetValues<OrchestrationRuntimeStatus>());
        try
        {
            await workflows.ScheduleNewOrchestrationInstanceAsync(
                nameof(AppealOrchestrator),
                new AppealWorkflowInput(appealId, AppealOrchestrator.CurrentVersion),
                options,
                cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A concurrent request for the same appeal may have started it a moment ago: that is success.
            if (await workflows.GetInstanceAsync(appealId, getInputsAndOutputs: false, cancellationToken) is null)
            {
                throw;
            }
        }
    }

    /// <summary>A random id with no personal data in it: 32 hex digits.</summary>
    private static string NewAppealId() => Guid.NewGuid().ToString("N");

    /// <summary>An unguessable code the applicant can read out on the phone: 12 characters, 60 bits.</summary>
    private static string NewTrackingCode()
    {
        const string alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"; // no 0/O, 1/I/L look-alikes
        return RandomNumberGenerator.GetString(alphabet, 12);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Appeal {AppealId} accepted through {Channel}")]
    private static partial void LogAccepted(ILogger logger, string appealId, Channel channel);

    [LoggerMessage(Level = LogLevel.Information, Message = "Repeated intake of appeal {AppealId} through {Channel}: the first appeal is returned")]
    private static partial void LogRepeated(ILogger logger, string appealId, Channel channel);
}
