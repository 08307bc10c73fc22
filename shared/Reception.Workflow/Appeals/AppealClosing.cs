using Reception.Domain.Appeals;

namespace Reception.Workflow.Appeals;

/// <summary>Every appeal store stamps the instant an appeal became final, with the step that made it so: the retention term runs from it.</summary>
public static class AppealClosing
{
    /// <summary><paramref name="after"/> with <see cref="AppealRecord.ClosedAt"/> set when <paramref name="step"/> moves the appeal into a final status.</summary>
    public static AppealRecord Stamp(AppealRecord before, AppealRecord after, HistoryStep step)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(step);
        return after.ClosedAt is null && AppealLifecycle.Final.Contains(after.Status) && !AppealLifecycle.Final.Contains(before.Status)
            ? after with { ClosedAt = step.At }
            : after;
    }
}
