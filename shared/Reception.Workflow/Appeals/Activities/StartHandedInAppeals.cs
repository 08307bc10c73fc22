using Microsoft.DurableTask;
using Reception.Domain.Appeals;
using Reception.Workflow.Appeals;
using Reception.Workflow.Appeals.Events;
using Reception.Workflow.Intake;
using Reception.Workflow.Privacy;

namespace Reception.Workflow.Appeals.Activities;

/// <summary>
/// R21, R22: every appeal handed in at a reception becomes an appeal of its own, marked "from
/// personal reception", with its own workflow, and may never be assigned to a worker who handled
/// the earlier appeal. Idempotent: each handed-in appeal's external id is derived from the parent.
/// </summary>
public sealed class StartHandedInAppeals(IntakeService intake, IAppealStore appeals, IPersonalDataStore personalData)
    : TaskActivity<HandedInAppeals, IReadOnlyList<string>>
{
    public override Task<IReadOnlyList<string>> RunAsync(TaskActivityContext context, HandedInAppeals input) =>
        ExecuteAsync(input, CancellationToken.None);

    /// <returns>The new appeals' ids.</returns>
    public async Task<IReadOnlyList<string>> ExecuteAsync(HandedInAppeals input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        AppealRecord parent = await appeals.FindAsync(input.ParentAppealId, cancellationToken)
            ?? throw new InvalidOperationException($"Appeal {input.ParentAppealId} is not stored.");
        string[] handlers = [.. parent.Progress.Instructions
            .SelectMany(i => i.Answers.Select(a => a.Executor).Append(i.Assignee))
            .Distinct(StringComparer.OrdinalIgnoreCase)];
        var origin = new AppealProgress
        {
            FromPersonalReception = true,
            ParentAppealId = parent.AppealId,
            ExcludedExecutors = [.. parent.Progress.ExcludedExecutors, .. handlers],
        };

        var ids = new List<string>();
        for (int i = 0; i < input.SubjectReferences.Count; i++)
        {
            // The words stay in the parent's partition of the personal data store (erased with it).
            string subject = await personalData.FindTextAsync(input.SubjectReferences[i], cancellationToken)
                ?? throw new InvalidOperationException($"Appeal {parent.AppealId}: the handed-in appeal's words {input.SubjectReferences[i]} are not stored.");
            AppealSubmission submission = parent.Submission with
            {
                ExternalId = $"reception:{parent.AppealId}:{i + 1}",
                Subject = subject,
            };
            IntakeResult result = await intake.SubmitAsync(IntakeRoute.Office, submission, Channel.Paper, cancellationToken, origin);
            ids.Add(result.AppealId);
        }

        return ids;
    }
}
