namespace Reception.Workflow.Appeals;

/// <summary>One step of an appeal's history, as docs/api.md shows it.</summary>
/// <param name="At">When it happened, on the service's clock (compressed in demos and tests).</param>
/// <param name="Step">What happened, e.g. <c>received</c>, <c>registered</c>, <c>deadlineMissed</c>.</param>
/// <param name="Rule">The docs/regulation/rules.md number the step serves, e.g. <c>R4</c>.</param>
/// <param name="Detail">Human-readable detail; never personal data.</param>
public sealed record HistoryStep(DateTimeOffset At, string Step, string Rule, string Detail)
{
    /// <summary>The staff member whose action this step records (docs/api.md "Who acted"); null for the workflow's own steps.</summary>
    public Actor? By { get; init; }
}
