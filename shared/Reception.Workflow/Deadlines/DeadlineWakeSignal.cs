
namespace Reception.Workflow.Deadlines;

/// <summary>
/// The event the sweep raises to a sleeping workflow: "plan your timer again". It carries nothing;
/// one that arrives for a wait already over only makes the next wait plan again.
/// </summary>
public sealed record DeadlineWakeSignal
{
    public const string Name = "deadlineWake";
}
