
namespace Reception.Workflow.Appeals;

/// <summary>Issues registration numbers of the document management system (R4).</summary>
public interface IRegistrationNumbers
{
    /// <summary>
    /// The registration number of <paramref name="appealId"/> for <paramref name="year"/>: a new
    /// one on the first call, the same one on every later call, with no gaps in the sequence.
    /// </summary>
    Task<string> IssueAsync(string appealId, int year, CancellationToken cancellationToken);
}
