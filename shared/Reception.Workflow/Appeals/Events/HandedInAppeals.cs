
namespace Reception.Workflow.Appeals.Events;

/// <param name="SubjectReferences">Where the handed-in appeals' words are in the personal data store.</param>
public sealed record HandedInAppeals(string ParentAppealId, IReadOnlyList<string> SubjectReferences);
