
namespace Reception.Workflow.Telemetry;

/// <summary>A queue's backlog and its poisoned messages (those that failed for good).</summary>
public sealed record QueueDepth(int Queued, int Poisoned);
