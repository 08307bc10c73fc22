using Reception.Domain.Time;
using Reception.Workflow.Appeals;

namespace Reception.Workflow.Worklists;

/// <summary>
/// Rebuilds the worklist index from the appeals and the survey list: after a restore, a bug, or
/// upgrading from a release without the index. Safe while appeals move (a newer state wins).
/// </summary>
public sealed class WorklistRebuild(IAppealStore appeals, ISurveyStore surveys, IWorklistIndex index)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await index.ForgetHeadsAsync(cancellationToken);
        int count = 0;
        await foreach (AppealRecord appeal in appeals.AllAsync(cancellationToken))
        {
            await index.SyncAsync(appeal, cancellationToken);
            count++;
        }

        foreach (SurveyEntry pending in await surveys.PendingAsync(cancellationToken))
        {
            if (await appeals.FindAsync(pending.AppealId, cancellationToken) is { } appeal)
            {
                await index.ListSurveyAsync(WorklistEntries.Survey(appeal, AlmatyTime.DateOf(pending.QueuedAt)), cancellationToken);
            }
        }

        return count;
    }
}
