namespace Reception.Workflow.Privacy;

/// <summary>
/// The one home of applicants' personal data, keyed by appeal id (Azure Tables today, in an
/// account of its own when <c>Reception:PersonalData:ConnectionString</c> is set, so it can be
/// placed in Kazakhstan while the workflow runs elsewhere).
/// </summary>
/// <remarks>
/// Besides an appeal's own data, an appeal's partition holds texts waiting to become appeals of
/// their own (the subjects of appeals handed in at its reception, R21), so that the workflow's
/// events carry a reference instead of the words. Erasing an appeal erases its whole partition.
/// </remarks>
public interface IPersonalDataStore
{
    /// <summary>Stores an appeal's personal data unless some is stored under its id already (a repeated intake keeps the first).</summary>
    Task AddIfAbsentAsync(string appealId, PersonalData data, CancellationToken cancellationToken);

    /// <summary>The appeal's personal data, or null when there is none (never stored, or erased).</summary>
    Task<PersonalData?> FindAsync(string appealId, CancellationToken cancellationToken);

    /// <summary>Stores a text for the appeal and returns its reference (<see cref="TextReference"/>).</summary>
    Task<string> AddTextAsync(string appealId, string text, CancellationToken cancellationToken);

    /// <summary>The text stored under the reference, or null when it is gone.</summary>
    Task<string?> FindTextAsync(string reference, CancellationToken cancellationToken);

    /// <summary>The appeals whose personal data was first stored between the two instants (the orphan sweep of the retention purge).</summary>
    IAsyncEnumerable<string> StoredBetweenAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>Erases everything stored for the appeal; idempotent.</summary>
    /// <returns>How many rows were erased.</returns>
    Task<int> EraseAsync(string appealId, CancellationToken cancellationToken);
}
