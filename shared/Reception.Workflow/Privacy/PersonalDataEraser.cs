using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Reception.Domain.Appeals;
using Reception.Workflow.Appeals;
using Reception.Domain.Time;
using Reception.Workflow.Time;
using Reception.Workflow.Worklists;

namespace Reception.Workflow.Privacy;

/// <summary>
/// Erases one closed appeal's personal data wherever it is: the personal data store (the
/// applicant, the question, texts handed in at its reception), the applicant index entry (R3),
/// the survey comment (in the store too), a survey still to be made, the answer letter, the words
/// of the messages sent, and the engine's history of its workflow (purged).
/// The appeal keeps its number, dates, steps, rules and who acted: what a report and an audit need.
/// </summary>
/// <remarks>
/// Each part is idempotent and the step that marks the appeal erased is recorded last, so a crash
/// part-way leaves the appeal "held" and the next run (the daily purge, or the operator again)
/// finishes it.
/// </remarks>
public sealed partial class PersonalDataEraser(
    IAppealStore appeals,
    IPersonalDataStore personalData,
    IApplicantIndex applicants,
    IAnswerLetters letters,
    ISurveyStore surveys,
    IWorklistIndex worklists,
    ReceptionClock clock,
    ILogger<PersonalDataEraser> logger,
    WorklistNames? names = null)
{
    /// <summary>The history step's key: one erasure per appeal.</summary>
    public const string StepKey = "zz-personal-data-erased";

    public async Task<ErasureOutcome> EraseAsync(string appealId, Actor by, string reason, DurableTaskClient workflows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workflows);
        AppealRecord? appeal = await appeals.FindAsync(appealId, cancellationToken);
        if (appeal is null)
        {
            return ErasureOutcome.NotFound;
        }

        if (!AppealLifecycle.Final.Contains(appeal.Status))
        {
            return ErasureOutcome.Open;
        }

        if (appeal.PersonalDataErasedAt is not null)
        {
            return ErasureOutcome.AlreadyErased;
        }

        // The workflow may still be finishing its last steps (the survey list) after the final status.
        OrchestrationMetadata? workflow = await workflows.GetInstanceAsync(appealId, getInputsAndOutputs: false, cancellationToken);
        if (workflow is { IsCompleted: false })
        {
            return ErasureOutcome.WorkflowRunning;
        }

        await applicants.RemoveAsync(appeal, cancellationToken); // its key comes from the applicant: before the store forgets them
        await letters.DeleteAsync(appealId, cancellationToken);
        if (await surveys.WithdrawAsync(appealId, cancellationToken) is { } queuedAt)
        {
            await worklists.UnlistSurveyAsync(appealId, AlmatyTime.DateOf(queuedAt), cancellationToken); // nobody left to phone (R23)
        }

        int rows = await personalData.EraseAsync(appealId, cancellationToken);
        names?.Forget(appealId);
        if (workflow is not null)
        {
            await workflows.PurgeInstanceAsync(appealId, (PurgeInstanceOptions?)null, cancellationToken);
        }

        DateTimeOffset now = clock.GetUtcNow();
        await appeals.ApplyStepAsync(
            appealId,
            StepKey,
            // The messages' words may name the person (a representative's authority, an answer): kind, language and time stay.
            a => a with
            {
                PersonalDataErasedAt = now,
                Progress = a.Progress with { Notifications = [.. a.Progress.Notifications.Select(n => n with { Text = null })] },
            },
            new HistoryStep(now, StepName.PersonalDataErased, string.Empty, $"Personal data erased ({reason}); the workflow's history purged.") { By = by },
            cancellationToken);
        LogErased(logger, appealId, rows, reason);
        return ErasureOutcome.Erased;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Appeal {AppealId}: personal data erased ({Rows} row(s) of the personal data store), reason: {Reason}")]
    private static partial void LogErased(ILogger logger, string appealId, int rows, string reason);
}

/// <summary>What <see cref="PersonalDataEraser.EraseAsync"/> did.</summary>
public enum ErasureOutcome
{
    Erased,
    AlreadyErased,
    NotFound,

    /// <summary>The appeal is not final: its data is still needed (refused).</summary>
    Open,

    /// <summary>Final, but its workflow has not completed yet: try again later.</summary>
    WorkflowRunning,
}
