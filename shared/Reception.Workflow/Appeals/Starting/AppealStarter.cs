using System.Diagnostics;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Reception.Workflow.Appeals;
using Reception.Workflow.Appeals.Orchestration;
using Reception.Workflow.Intake;
using Reception.Workflow.Telemetry;

namespace Reception.Workflow.Appeals.Starting;

/// <summary>
/// Starts the workflow a start request asks for (instance id = appeal id), once: a request that
/// comes again finds the instance and does nothing. Both hosts call it from their start-queue
/// consumer (Functions: queue trigger; local host: a hosted service).
/// </summary>
public sealed class AppealStarter(IAppealStore appeals)
{
    /// <summary>
    /// Tries before a request whose appeal never appeared is dropped. Intake stores the appeal
    /// milliseconds after its request, so after five tries (minutes) the intake has failed and
    /// its caller got an error: there is no appeal to start. A start that fails for another
    /// reason (the engine) goes to the poison queue instead, and /api/health shows it.
    /// </summary>
    public const int NotStoredTries = 5;

    private static readonly TimeSpan StoreGrace = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Starts every appeal a start-request message names (<see cref="StartRequestMessage"/>), at
    /// once. Returns the ids whose appeal is not stored (yet): the message should come back for
    /// them, and the ones started meanwhile find their instance then. A failure of one start fails
    /// the whole message, after the others have had their go.
    /// </summary>
    public async Task<IReadOnlyList<string>> StartEachAsync(string messageBody, DurableTaskClient workflows, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> ids = StartRequestMessage.Parse(messageBody);
        StartOutcome[] outcomes = await Task.WhenAll(ids.Select(id => StartAsync(id, workflows, cancellationToken)));
        return [.. ids.Where((_, i) => outcomes[i] == StartOutcome.AppealNotStored)];
    }

    public async Task<StartOutcome> StartAsync(string appealId, DurableTaskClient workflows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workflows);

        // Intake leaves the request before it stores the appeal (so no stored appeal lacks one):
        // a request may arrive a moment before its appeal, or belong to an intake that failed and
        // was never stored. One short wait covers the first case without a trip round the queue.
        AppealRecord? appeal = await appeals.FindAsync(appealId, cancellationToken);
        if (appeal is null)
        {
            await Task.Delay(StoreGrace, cancellationToken); // real time, not the reception clock: this is about storage latency
            appeal = await appeals.FindAsync(appealId, cancellationToken);
            if (appeal is null)
            {
                return StartOutcome.AppealNotStored;
            }
        }

        using Activity? span = ReceptionTelemetry.StartAppealSpan("workflow.start", appealId, appeal.TraceParent);

        var options = new StartOrchestrationOptions(InstanceId: appealId).WithDedupeStatuses(Enum.GetValues<OrchestrationRuntimeStatus>());
        try
        {
            await workflows.ScheduleNewOrchestrationInstanceAsync(
                nameof(AppealOrchestrator), new AppealWorkflowInput(appealId, AppealOrchestrator.CurrentVersion), options, cancellationToken);
            return StartOutcome.Started;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The instance exists already (a repeated request, or a concurrent starter): that is success.
            if (await workflows.GetInstanceAsync(appealId, getInputsAndOutputs: false, cancellationToken) is null)
            {
                throw;
            }

            return StartOutcome.AlreadyStarted;
        }
    }
}
