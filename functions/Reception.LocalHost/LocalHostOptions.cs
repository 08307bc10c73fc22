namespace Reception.LocalHost;

/// <summary>Configuration section <c>Reception:LocalHost</c>.</summary>
public sealed class LocalHostOptions
{
    public const string Section = "Reception:LocalHost";

    /// <summary>The HTTP port on 127.0.0.1; 7071 is the port Azure Functions uses locally.</summary>
    public int Port { get; set; } = 7071;

    /// <summary>The loopback port of the durable engine's gRPC sidecar; 0 picks a free one.</summary>
    public int GrpcPort { get; set; }

    /// <summary>
    /// How long a durable message taken by a process stays invisible to others: after a crash,
    /// the work resumes this long later. The Azure Storage backend's default is 5 minutes.
    /// </summary>
    public TimeSpan MessageVisibilityTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// False for an intake-only node: it serves the API and starts workflows, while other hosts on
    /// the same task hub run them (the way the work spreads over machines).
    /// </summary>
    public bool RunWorkflows { get; set; } = true;

    /// <summary>
    /// Every HTTP request is answered within this long: past it (storage that hangs) the request is
    /// cancelled and answered <c>503</c> + <c>Retry-After</c> (docs/api.md "When storage is unreachable").
    /// </summary>
    public TimeSpan RequestDeadline { get; set; } = TimeSpan.FromSeconds(4.5);

    /// <summary>
    /// This node's name in the engine's partition leases. Two nodes on one task hub must differ, or
    /// both take the same partitions; the same node restarted should keep it, to take its
    /// partitions back at once. Default: machine, HTTP port and task hub.
    /// </summary>
    public string? WorkerId { get; set; }

    /// <summary>Activities this node runs at once (the engine's <c>MaxConcurrentTaskActivityWorkItems</c>; its default is 10 per core).</summary>
    public int MaxConcurrentActivities { get; set; } = 10 * Environment.ProcessorCount;

    /// <summary>Orchestration episodes this node runs at once (the engine's <c>MaxConcurrentTaskOrchestrationWorkItems</c>; its default is 100).</summary>
    public int MaxConcurrentOrchestrations { get; set; } = 100;

    /// <summary>
    /// Intake first: at this many appeals a second the intake counts as busy, and the starter holds
    /// back workflow starts (<see cref="Intake.StartHold"/>). 0 never holds.
    /// </summary>
    public int IntakeBusyPerSecond { get; set; } = 5;

    /// <summary>While the intake is busy, the starter starts one batch (one start-request message: up to 16 appeals) per this long.</summary>
    public TimeSpan HeldStartInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// While the intake is busy, each of the engine's dispatchers takes one work item per this long
    /// (<see cref="Intake.DispatchPace"/>): the workflows already running go on slowly and leave the
    /// storage emulator to the arriving appeals.
    /// </summary>
    public TimeSpan BusyDispatchInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The path of an assembly whose orchestrators and activities the worker registers as well: the
    /// lifecycle benchmark's bare-engine orchestration (tests/Reception.Benchmarks, <c>scripts/benchmark.sh
    /// lifecycle</c>), which does not ship with the host. Empty: the workflow's own tasks only.
    /// </summary>
    public string? ExtraTasksAssembly { get; set; }

    /// <summary>The task hub; the Functions app reads the same setting name (<c>TaskHubName</c>) in host.json.</summary>
    public string TaskHub { get; set; } = "ReceptionLocal";

    /// <summary>
    /// Refuses settings the engine would accept silently but never work with: at a concurrency
    /// below 1 no activity or episode ever runs, and every appeal would wait for good.
    /// </summary>
    public void Validate()
    {
        if (MaxConcurrentActivities < 1)
        {
            throw new InvalidOperationException($"{Section}:{nameof(MaxConcurrentActivities)} is {MaxConcurrentActivities}; it must be at least 1.");
        }

        if (MaxConcurrentOrchestrations < 1)
        {
            throw new InvalidOperationException($"{Section}:{nameof(MaxConcurrentOrchestrations)} is {MaxConcurrentOrchestrations}; it must be at least 1.");
        }

        if (IntakeBusyPerSecond > 0 && HeldStartInterval <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{Section}:{nameof(HeldStartInterval)} is {HeldStartInterval}; it must be positive while {nameof(IntakeBusyPerSecond)} is set.");
        }

        if (IntakeBusyPerSecond > 0 && BusyDispatchInterval <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{Section}:{nameof(BusyDispatchInterval)} is {BusyDispatchInterval}; it must be positive while {nameof(IntakeBusyPerSecond)} is set.");
        }
    }
}
