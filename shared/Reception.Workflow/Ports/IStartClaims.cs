namespace Reception.Workflow.Ports;

/// <summary>
/// Who may start an appeal's workflow now. The durable engine's start is check-then-send (it
/// reads the instance, then queues the start message): two starters of one instance at once can
/// both queue a start, and the instance then fails for good with "Multiple ExecutionStartedEvent
/// found". A claim lets one starter at a time through, across processes.
/// </summary>
public interface IStartClaims
{
    /// <summary>
    /// True for exactly one caller until <paramref name="lease"/> has passed since the claim was
    /// taken: then a starter that died holding it cannot block the start for ever.
    /// </summary>
    Task<bool> TryClaimAsync(string appealId, TimeSpan lease, CancellationToken cancellationToken);
}
