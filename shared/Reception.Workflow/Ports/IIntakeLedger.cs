namespace Reception.Workflow.Ports;

/// <summary>
/// Remembers which appeal each (channel, externalId) became, so that a repeated post of the same
/// request, even at the same moment, returns the first appeal instead of making a second.
/// </summary>
public interface IIntakeLedger
{
    /// <summary>
    /// Claims the pair for <paramref name="candidate"/> with an insert-if-absent; when the pair
    /// was claimed before, returns the earlier claim instead.
    /// </summary>
    Task<IntakeClaim> ClaimAsync(string channel, string externalId, IntakeClaim candidate, CancellationToken cancellationToken);
}

/// <summary>The appeal a (channel, externalId) pair belongs to.</summary>
/// <param name="IsNew">True when this call made the claim; false when it found an earlier one.</param>
public sealed record IntakeClaim(string AppealId, string TrackingCode, bool IsNew);
