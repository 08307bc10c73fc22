namespace Reception.Workflow.Ports;

/// <summary>Maps the applicant's unguessable tracking code to the appeal id, for the public status.</summary>
public interface ITrackingCodes
{
    Task AddIfAbsentAsync(string trackingCode, string appealId, CancellationToken cancellationToken);

    Task<string?> FindAppealIdAsync(string trackingCode, CancellationToken cancellationToken);
}
