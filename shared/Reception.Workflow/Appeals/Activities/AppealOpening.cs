using Reception.Domain.Appeals;
using Reception.Workflow.Deadlines;

namespace Reception.Workflow.Appeals.Activities;

/// <summary>What <see cref="OpenAppeal"/> did: the step it recorded after registration, the status, and the planned review deadline.</summary>
/// <param name="Step">leftWithoutConsideration, refused or sentForReview (<see cref="StepName"/>).</param>
/// <param name="ReviewTimer">The answer deadline (R8) the review wait races, planned for that wait; null when the appeal did not go to review.</param>
public sealed record AppealOpening(string Step, AppealStatus Status, PlannedTimer? ReviewTimer);
