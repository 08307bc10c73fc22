
namespace Reception.Workflow.Appeals.Events;

/// <summary>A new appeal handed in at the reception (R21): a reference to its words in the personal data store (<see cref="Privacy.TextReference"/>), never the words.</summary>
public sealed record HandedInAppeal(string SubjectReference);
