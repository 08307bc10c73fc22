
namespace Reception.Workflow.Deadlines;

/// <summary>
/// Configuration section <c>Reception:DeadlineWakes</c>: how a wait whose deadline is far off
/// sleeps without a durable timer (<see cref="DeadlineWakeSweep"/>).
/// </summary>
public sealed class DeadlineWakeOptions
{
    public const string Section = "Reception:DeadlineWakes";

    /// <summary>
    /// A deadline further off than this (in real time) sleeps on a wake row; the sweep wakes the
    /// workflow this long before it, and the last stretch is a durable timer. Zero: durable timers only.
    /// </summary>
    public TimeSpan Lead { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often each host that runs workflows sweeps the due wake rows; must be shorter than <see cref="Lead"/>.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(5);

    public bool Enabled => Lead > TimeSpan.Zero;

    /// <summary>A sweep slower than the lead would wake workflows after their deadline: refused at startup.</summary>
    public void Validate()
    {
        if (Enabled && SweepInterval >= Lead)
        {
            throw new InvalidOperationException(
                $"{Section}:{nameof(SweepInterval)} ({SweepInterval}) must be shorter than {Section}:{nameof(Lead)} ({Lead}), or deadlines would be noticed late.");
        }

        if (Enabled && SweepInterval <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{Section}:{nameof(SweepInterval)} is {SweepInterval}; it must be positive.");
        }
    }
}
