
namespace Reception.Workflow.Appeals.Starting;

/// <summary>What became of a start request.</summary>
public enum StartOutcome
{
    Started,
    AlreadyStarted,

    /// <summary>No such appeal (yet): the request should come back later, and be dropped after a few tries.</summary>
    AppealNotStored,
}
