namespace Reception.Domain.Appeals;

/// <summary>One step an appeal may take: from which statuses, under which rule, to which status.</summary>
/// <param name="Rule">The rule it serves; null when any rule may (a missed deadline names the rule of its deadline).</param>
/// <param name="To">The status after it; null when the step leaves the status as it is.</param>
public sealed record Transition(string Step, string? Rule, IReadOnlyList<AppealStatus> From, AppealStatus? To = null)
{
    /// <summary>Whether an appeal in <paramref name="from"/> may take this step under <paramref name="rule"/> and end in <paramref name="to"/>.</summary>
    public bool Allows(AppealStatus from, string rule, AppealStatus to) =>
        From.Contains(from) && (Rule is null || Rule == rule) && to == (To ?? from);
}
